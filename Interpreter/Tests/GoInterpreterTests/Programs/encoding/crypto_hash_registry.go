package main

import (
	"crypto"
	"crypto/hmac"
	"crypto/sha512"
	"encoding/base64"
	"fmt"
	"hash/crc32"
)

// signHS mimics a JWT library: the algorithm name selects a crypto.Hash.
func signHS(alg string, key, input []byte) string {
	hashes := map[string]crypto.Hash{"HS256": crypto.SHA256, "HS384": crypto.SHA384, "HS512": crypto.SHA512}
	h, ok := hashes[alg]
	if !ok || !h.Available() {
		return "unsupported " + alg
	}
	mac := hmac.New(h.New, key)
	mac.Write(input)
	return base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

func main() {
	for _, h := range []crypto.Hash{crypto.MD5, crypto.SHA1, crypto.SHA256, crypto.SHA384, crypto.SHA512, crypto.SHA3_256} {
		fmt.Println(h, h.Size(), h.Available(), uint(h))
	}
	fmt.Println(len(signHS("HS256", []byte("k"), []byte("a.b"))), len(signHS("HS384", []byte("k"), []byte("a.b"))), len(signHS("HS512", []byte("k"), []byte("a.b"))))
	fmt.Println(signHS("HS999", nil, nil))

	mac := hmac.New(crypto.SHA384.New, []byte("Jefe"))
	mac.Write([]byte("what do ya want for nothing?"))
	fmt.Printf("%x\n", mac.Sum(nil))
	fmt.Printf("%x\n", sha512.Sum384([]byte("abc")))
	h := crypto.SHA256.New()
	h.Write([]byte("abc"))
	fmt.Printf("%x\n", h.Sum(nil))

	fmt.Printf("%08x\n", crc32.Checksum([]byte("123456789"), crc32.IEEETable))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("%08x\n", crc32.Checksum([]byte("123456789"), castagnoli))
	c := crc32.New(castagnoli)
	c.Write([]byte("12345"))
	fmt.Printf("%08x %08x\n", crc32.Update(crc32.Checksum([]byte("12345"), castagnoli), castagnoli, []byte("6789")), c.Sum32())

	defer func() { fmt.Println("recovered:", recover()) }()
	crypto.SHA3_256.New()
}

// Output:
// MD5 16 true 2
// SHA-1 20 true 3
// SHA-256 32 true 5
// SHA-384 48 true 6
// SHA-512 64 true 7
// SHA3-256 32 false 11
// 43 64 86
// unsupported HS999
// af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649
// cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// cbf43926
// e3069283
// e3069283 18d12335
// recovered: crypto: requested hash function #11 is unavailable
