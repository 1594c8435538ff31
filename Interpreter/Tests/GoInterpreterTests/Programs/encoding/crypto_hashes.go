package main

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"hash"
)

func sign(key, msg string) string {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(msg))
	return hex.EncodeToString(mac.Sum(nil))
}

func main() {
	sum := sha256.Sum256([]byte("abc"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Println(len(sum), sha256.Size, sha256.BlockSize)
	s1 := sha1.Sum([]byte("abc"))
	fmt.Printf("%x %d\n", s1[:], sha1.Size)
	m5 := md5.Sum([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Printf("%x %d\n", m5[:], md5.Size)

	var h hash.Hash = sha256.New()
	h.Write([]byte("ab"))
	h.Write([]byte("c"))
	fmt.Printf("%x %d %d\n", h.Sum(nil), h.Size(), h.BlockSize())
	prefixed := h.Sum([]byte("sum:"))
	fmt.Println(string(prefixed[:4]), len(prefixed))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))

	fmt.Println(sign("Jefe", "what do ya want for nothing?"))
	a := hmac.New(sha1.New, []byte("Jefe"))
	a.Write([]byte("what do ya want for nothing?"))
	fmt.Printf("%x\n", a.Sum(nil))
	m := hmac.New(md5.New, []byte("Jefe"))
	m.Write([]byte("what do ya want for nothing?"))
	fmt.Printf("%x\n", m.Sum(nil))

	expected, _ := hex.DecodeString(sign("k", "payload"))
	mac := hmac.New(sha256.New, []byte("k"))
	mac.Write([]byte("payload"))
	fmt.Println(hmac.Equal(mac.Sum(nil), expected), hmac.Equal(expected[:5], expected))
	fmt.Println(subtle.ConstantTimeCompare([]byte("abc"), []byte("abc")), subtle.ConstantTimeCompare([]byte("abc"), []byte("abd")))
}

// Output:
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// 32 32 64
// a9993e364706816aba3e25717850c26c9cd0d89d 20
// 9e107d9d372bb6826bd81d3542a419d6 16
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad 32 64
// sum: 36
// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
// effcdf6ae5eb2fa2d27416d5f184df9c259a7c79
// 750c783e6ab0b503eaa86e310a5db738
// true false
// 1 0
