package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	fmt.Println(utf8.RuneCountInString("héllo"), len("héllo"), utf8.ValidString("a\xffb"), utf8.ValidString("héllo"))
	r, n := utf8.DecodeRuneInString("\xff")
	fmt.Println(r, n, r == utf8.RuneError)
	r, n = utf8.DecodeRuneInString("")
	fmt.Println(r, n)
	r, n = utf8.DecodeLastRuneInString("ab€")
	fmt.Println(string(r), n)
	fmt.Println(utf8.RuneLen('é'), utf8.RuneLen('€'), utf8.RuneLen(0x1F600), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	for i, r := range "a\xffé" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	fmt.Println([]rune("a\xff"), string(rune(-1)) == "\uFFFD", []byte(string(rune(0x10FFFF+1))))
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.FullRune([]byte{0xe2, 0x82, 0xac}))
	buf := make([]byte, 4)
	n = utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], utf8.AppendRune([]byte("x"), 'é'))
	fmt.Println(utf8.ValidRune(0xD800), utf8.ValidRune(0x10FFFF), utf8.RuneCount([]byte("a\xe2\x82")))
	s := "\xed\xa0\x80"
	fmt.Println(utf8.ValidString(s), utf8.RuneCountInString(s))
}

// Output:
// 5 6 false true
// 65533 1 true
// 65533 0
// € 3
// 2 3 4 -1 -1
// 0:97 1:65533 2:233 
// [97 65533] true [239 191 189]
// false true
// [226 130 172] [120 195 169]
// false true 3
// false 3
