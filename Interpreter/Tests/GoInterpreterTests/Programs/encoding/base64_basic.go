package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	data := []byte("hello, world?>")
	fmt.Println(base64.StdEncoding.EncodeToString(data))
	fmt.Println(base64.URLEncoding.EncodeToString(data))
	fmt.Println(base64.RawStdEncoding.EncodeToString(data))
	fmt.Println(base64.RawURLEncoding.EncodeToString(data))
	fmt.Println(base64.StdEncoding.EncodedLen(len(data)), base64.RawStdEncoding.EncodedLen(len(data)))
	fmt.Println(base64.StdEncoding.DecodedLen(20), base64.RawStdEncoding.DecodedLen(19))

	for _, s := range []string{"Zm9vYmFy", "Zm9vYg==", "Zm9v\nYmE=", "Zm9vYg", "Zm9v!mFy", "Zm9=", "Zg=="} {
		b, err := base64.StdEncoding.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, b, err)
	}
	b, err := base64.RawURLEncoding.DecodeString("aGVsbG8sIHdvcmxkPz4")
	fmt.Println(string(b), err)
	_, err = base64.RawURLEncoding.DecodeString("Zg==")
	fmt.Println(err)

	dst := make([]byte, base64.StdEncoding.EncodedLen(3))
	base64.StdEncoding.Encode(dst, []byte{0xfb, 0xff, 0x01})
	fmt.Println(string(dst))
	out := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(out, dst)
	fmt.Println(n, out[:n], err)

	if cie, ok := err.(base64.CorruptInputError); ok {
		fmt.Println("unexpected", cie)
	}
	_, err = base64.StdEncoding.DecodeString("abc$")
	if cie, ok := err.(base64.CorruptInputError); ok {
		fmt.Println("corrupt at", int64(cie), cie.Error())
	}
}

// Output:
// aGVsbG8sIHdvcmxkPz4=
// aGVsbG8sIHdvcmxkPz4=
// aGVsbG8sIHdvcmxkPz4
// aGVsbG8sIHdvcmxkPz4
// 20 19
// 15 14
// "Zm9vYmFy" "foobar" <nil>
// "Zm9vYg==" "foob" <nil>
// "Zm9v\nYmE=" "fooba" <nil>
// "Zm9vYg" "foo" illegal base64 data at input byte 4
// "Zm9v!mFy" "foo" illegal base64 data at input byte 4
// "Zm9=" "fo" <nil>
// "Zg==" "f" <nil>
// hello, world?> <nil>
// illegal base64 data at input byte 2
// +/8B
// 3 [251 255 1] <nil>
// corrupt at 3 illegal base64 data at input byte 3
