package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Hi!\x00\xff")))
	fmt.Println(hex.EncodedLen(5), hex.DecodedLen(10))
	for _, s := range []string{"48692100ff", "4869ZZ", "486", "48g", "DEADbeef", "4\n"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%q %v %v\n", s, b, err)
	}
	_, err := hex.DecodeString("abc")
	fmt.Println(err == hex.ErrLength)
	_, err = hex.DecodeString("zz")
	if e, ok := err.(hex.InvalidByteError); ok {
		fmt.Println("invalid byte", byte(e))
	}
	dst := make([]byte, hex.EncodedLen(2))
	n := hex.Encode(dst, []byte{1, 171})
	fmt.Println(n, string(dst))
	raw := make([]byte, 2)
	m, err := hex.Decode(raw, dst)
	fmt.Println(m, raw, err)
}

// Output:
// 48692100ff
// 10 5
// "48692100ff" [72 105 33 0 255] <nil>
// "4869ZZ" [72 105] encoding/hex: invalid byte: U+005A 'Z'
// "486" [72] encoding/hex: odd length hex string
// "48g" [72] encoding/hex: invalid byte: U+0067 'g'
// "DEADbeef" [222 173 190 239] <nil>
// "4\n" [] encoding/hex: invalid byte: U+000A
// true
// invalid byte 122
// 4 01ab
// 2 [1 171] <nil>
