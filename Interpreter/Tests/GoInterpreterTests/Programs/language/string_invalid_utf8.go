package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	// Each byte of an invalid or truncated sequence decodes as U+FFFD of width 1.
	s := "a\xffb\xe2\x82c€"
	for i, r := range s {
		fmt.Printf("%d:%U;", i, r)
	}
	fmt.Println()
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s))
	rs := []rune(s)
	fmt.Println(len(rs), rs[1] == utf8.RuneError, string(rs) == s)
	fmt.Printf("%q %+q %x\n", s, "é", string(rs[1]))
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0xD800)) == "\uFFFD", len(string(rune(0x10FFFF))))
	b := []byte(s)
	fmt.Println(len(b), b[1], string(b[:2]) == "a\xff")
}

// Output:
// 0:U+0061;1:U+FFFD;2:U+0062;3:U+FFFD;4:U+FFFD;5:U+0063;6:U+20AC;
// 9 7 false
// 7 true false
// "a\xffb\xe2\x82c€" "\u00e9" efbfbd
// true true 4
// 9 255 true
