package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
)

func main() {
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	fmt.Printf("%X\n", sha512.Sum512([]byte("abc")))
	fmt.Println(sha512.Size, sha512.BlockSize)

	mac := hmac.New(sha512.New, []byte("Jefe"))
	mac.Write([]byte("what do ya want for nothing?"))
	sig := mac.Sum(nil)
	fmt.Println(len(sig), base64.RawURLEncoding.EncodeToString(sig[:12]))

	noPad := base64.StdEncoding.WithPadding(base64.NoPadding)
	fmt.Println(noPad.EncodeToString([]byte("ab")), base64.StdEncoding.EncodeToString([]byte("ab")))
	star := base64.URLEncoding.WithPadding('*')
	fmt.Println(star.EncodeToString([]byte{0xfb}))
	b, err := star.DecodeString("-w**")
	fmt.Println(b, err)

	custom := base64.NewEncoding("ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba9876543210+/")
	enc := custom.EncodeToString([]byte("hi"))
	dec, _ := custom.DecodeString(enc)
	fmt.Println(enc, string(dec))

	defer func() { fmt.Println("recovered:", recover()) }()
	base64.NewEncoding("short")
}

// Output:
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// DDAF35A193617ABACC417349AE20413112E6FA4E89A97EA20A9EEEE64B55D39A2192992A274FC1A836BA3C23A3FEEBBD454D4423643CE80E2A9AC94FA54CA49F
// 64 128
// 64 Fkt6e_z4GeLjlfvn
// YWI YWI=
// -w**
// [251] <nil>
// zTp= hi
// recovered: encoding alphabet is not 64-bytes long
