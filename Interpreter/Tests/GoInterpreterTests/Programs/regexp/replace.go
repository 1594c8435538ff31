package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

// ReplaceAll in all its forms, over strings and byte slices.
func main() {
	re := regexp.MustCompile(`a(x*)b`)
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "T"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "$1W"))
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"))
	named := regexp.MustCompile(`a(?P<1W>x*)b`)
	fmt.Println(named.ReplaceAllString("-ab-axxb-", "$1W"))
	fmt.Println(named.ReplaceAllString("-ab-axxb-", "${1}W"))

	fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "T"))
	fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "$1"))
	fmt.Println(re.ReplaceAllLiteralString("-ab-axxb-", "${1}"))

	fmt.Println(string(re.ReplaceAll([]byte("-ab-axxb-"), []byte("<$1>"))))
	fmt.Println(string(re.ReplaceAllLiteral([]byte("-ab-axxb-"), []byte("<$1>"))))
	fmt.Println(re.ReplaceAllString("no match here", "X"))

	word := regexp.MustCompile(`[a-z]+`)
	fmt.Println(word.ReplaceAllStringFunc("hello big world", strings.ToUpper))
	fmt.Println(word.ReplaceAllStringFunc("go is fun", func(s string) string {
		return fmt.Sprint(len(s))
	}))
	out := word.ReplaceAllFunc([]byte("abc 12 de"), func(b []byte) []byte {
		return append(bytes.ToUpper(b), '!')
	})
	fmt.Println(string(out))

	// Byte results are built by appending to nil: an empty result is nil.
	all := regexp.MustCompile(`.*`)
	fmt.Println(all.ReplaceAll([]byte("abc"), nil) == nil, all.ReplaceAllLiteral([]byte("abc"), []byte{}) == nil)
	// No second replacement for the empty match right after the whole-input match.
	fmt.Println(string(all.ReplaceAll([]byte("abc"), []byte("x"))))
	fmt.Println(re.ReplaceAll([]byte{}, []byte("y")) == nil)

	// The replacement function sees each match in order.
	var seen []string
	num := regexp.MustCompile(`\d+`)
	res := num.ReplaceAllStringFunc("a1b22c333", func(s string) string {
		seen = append(seen, s)
		return "#"
	})
	fmt.Println(res, seen)
}

// Output:
// -T-T-
// --xx-
// ---
// -W-xxW-
// --xx-
// -W-xxW-
// -T-T-
// -$1-$1-
// -${1}-${1}-
// -<>-<xx>-
// -<$1>-<$1>-
// no match here
// HELLO BIG WORLD
// 2 2 3
// ABC! 12 DE!
// true true
// x
// true
// a#b#c# [1 22 333]
