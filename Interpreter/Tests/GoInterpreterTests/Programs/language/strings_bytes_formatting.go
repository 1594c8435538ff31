package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "Hello, 世界!"
	fmt.Println(len(s), s[7], s[7:10], strings.ToUpper(s))
	for i := 0; i < len("ab"); i++ {
		fmt.Print(s[i], ";")
	}
	fmt.Println()
	b := s[0]
	fmt.Printf("%T %c %v\n", b, b, b)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println("abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
	x := "go"
	y := x
	x += "lang"
	fmt.Println(x, y)
	fmt.Println(strings.Compare("a", "b"), strings.EqualFold("Go", "GO"), strings.Fields(" a  b "))
	raw := `line1\n
line2`
	fmt.Println(len(raw), strings.Count(raw, "\n"))
	fmt.Printf("%q %v %x % x %X\n", "tab\there", []byte("hi"), "hi", "hi", []byte{1, 171})
	fmt.Printf("%5s|%-5s|%.2s|%5.1s|\n", "ab", "ab", "abc", "xyz")
	fmt.Printf("%c %U %q %d\n", 'é', 'é', 'é', 'é')
}

// Output:
// 14 228 世 HELLO, 世界!
// 72;101;
// uint8 H 72
// 0-1-2- 6
// true true true true
// golang go
// -1 true [a b]
// 13 1
// "tab\there" [104 105] 6869 68 69 01AB
//    ab|ab   |ab|    x|
// é U+00E9 'é' 233
