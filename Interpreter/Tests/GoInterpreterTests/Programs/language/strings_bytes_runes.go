package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), s[1], s[1:3], string(s[1]))
	for i, r := range "aé世\xffz" {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r := []rune(s)
	fmt.Println(len(r), string(r[7:]), r[1])
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x110000)))
	var empty []byte
	fmt.Printf("%q %q %v\n", string(empty), string([]rune{0x61, 0xd800}), []byte("") == nil)

	// Comparison is bytewise.
	fmt.Println("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "é" > "z", "" < "a")
	// Concatenation builds new strings; strings are immutable values.
	t := s
	t += "!"
	fmt.Println(len(s), len(t))

	// Conversions between string and byte/rune slices copy.
	src := []byte("abc")
	str := string(src)
	src[0] = 'X'
	fmt.Println(str, string(src))

	// Indexing a string yields bytes; ranging yields runes.
	word := "日本"
	for i := 0; i < len(word); i++ {
		fmt.Printf("%x ", word[i])
	}
	fmt.Println()
	fmt.Printf("%q %+q %x % x %U\n", "日本\n", "日本", "hi", "hi", '日')
	fmt.Printf("%c %c %d %v\n", 'G', 0x1F600, '0', 'x')

	// Multi-line raw strings keep backslashes.
	raw := `a\nb
c`
	fmt.Println(len(raw), raw)

	// Byte and rune types are aliases.
	var by byte = 'A'
	var u8 uint8 = by
	var ru rune = 'B'
	var i32 int32 = ru
	fmt.Println(u8, i32, fmt.Sprintf("%T %T", by, ru))
}

// Output:
// 14 9 195 é Ã
// 0:a(97) 1:é(233) 3:世(19990) 6:�(65533) 7:z(122) 
// Héllo, 世界 héllo, 世界
// 9 世界 233
// A 世 � �
// "" "a�" false
// true true true true true true
// 14 15
// abc Xbc
// e6 97 a5 e6 9c ac 
// "日本\n" "\u65e5\u672c" 6869 68 69 U+65E5
// G 😀 48 120
// 6 a\nb
// c
// 65 66 uint8 int32
