package main

import (
	"encoding/base32"
	"fmt"
)

func main() {
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("foobar")))
	fmt.Println(base32.HexEncoding.EncodeToString([]byte("foobar")))
	raw := base32.HexEncoding.WithPadding(base32.NoPadding)
	id := raw.EncodeToString([]byte{0xde, 0xad, 0xbe, 0xef, 0x01, 0x02})
	fmt.Println(id, raw.EncodedLen(6), base32.StdEncoding.EncodedLen(6))
	back, err := raw.DecodeString(id)
	fmt.Println(back, err)
	for _, s := range []string{"MZXW6YTBOI======", "MZXW6YQ=", "MZXW\n6YQ=", "MZXW6YT!", "MZXW6", "MY====="} {
		b, err := base32.StdEncoding.DecodeString(s)
		fmt.Printf("%q %q %v\n", s, b, err)
	}
	fmt.Println(string(base32.StdEncoding.AppendEncode([]byte("id:"), []byte("fo"))))
}

// Output:
// MZXW6YTBOI======
// CPNMUOJ1E8======
// RQMRTRO108 10 16
// [222 173 190 239 1 2] <nil>
// "MZXW6YTBOI======" "foobar" <nil>
// "MZXW6YQ=" "foob" <nil>
// "MZXW\n6YQ=" "foob" <nil>
// "MZXW6YT!" "" illegal base32 data at input byte 7
// "MZXW6" "" illegal base32 data at input byte 0
// "MY=====" "" illegal base32 data at input byte 7
// id:MZXQ====
