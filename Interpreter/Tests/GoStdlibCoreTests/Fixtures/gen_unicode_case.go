// Generates unicode_case.txt (rune upper lower title simplefold, hex, for runes with any mapping).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		u, l, t, f := unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r)
		if u != r || l != r || t != r || f != r {
			fmt.Printf("%x %x %x %x %x\n", r, u, l, t, f)
		}
	}
}
