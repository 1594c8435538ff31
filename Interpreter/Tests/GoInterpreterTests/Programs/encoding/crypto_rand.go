package main

import (
	"crypto/rand"
	"fmt"
	"io"
)

func main() {
	a := make([]byte, 32)
	n, err := rand.Read(a)
	fmt.Println(n, err)
	b := make([]byte, 32)
	n, err = io.ReadFull(rand.Reader, b)
	fmt.Println(n, err)
	same := true
	for i := range a {
		if a[i] != b[i] {
			same = false
		}
	}
	fmt.Println("two reads equal:", same)
	// 256 random bytes are all zero with probability 2^-2048.
	big := make([]byte, 256)
	rand.Read(big)
	zero := true
	for _, x := range big {
		if x != 0 {
			zero = false
		}
	}
	fmt.Println("all zero:", zero)
}

// Output:
// 32 <nil>
// 32 <nil>
// two reads equal: false
// all zero: false
