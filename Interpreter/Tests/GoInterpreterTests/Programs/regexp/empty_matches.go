package main

import (
	"fmt"
	"regexp"
)

// Go's empty-match rules: FindAll skips an empty match right after the previous match, and
// ReplaceAll does not replace one; both advance by a whole code point.
func main() {
	star := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", star.FindAllString("baaac", -1))
	fmt.Println(star.FindAllStringIndex("baaac", -1))
	fmt.Println(star.ReplaceAllString("baaac", "X"))

	b := regexp.MustCompile(`b*`)
	fmt.Printf("%q\n", b.FindAllString("abbc", -1))
	fmt.Println(b.ReplaceAllString("abbc", "-"))

	x := regexp.MustCompile(`x*`)
	fmt.Println(x.ReplaceAllString("abc", "-"))
	fmt.Println(x.FindAllStringIndex("abc", -1))
	// Multi-byte characters are stepped over whole.
	fmt.Println(x.FindAllStringIndex("héé", -1))
	fmt.Println(x.ReplaceAllString("héé", "|"))
	fmt.Println(x.FindAllStringIndex("", -1), x.ReplaceAllString("", "E"))

	// Limits count delivered matches.
	fmt.Printf("%q\n", star.FindAllString("baaac", 2))

	lazy := regexp.MustCompile(`a*?`)
	fmt.Printf("%q\n", lazy.FindAllString("aa", -1))
	fmt.Println(lazy.ReplaceAllString("aa", "."))

	// Word boundaries are zero-width too.
	wb := regexp.MustCompile(`\b`)
	fmt.Println(wb.ReplaceAllString("hi there", "|"))
	fmt.Println(len(wb.FindAllStringIndex("hi there", -1)))
}

// Output:
// ["" "aaa" ""]
// [[0 0] [1 4] [5 5]]
// XbXcX
// ["" "bb" ""]
// -a-c-
// -a-b-c-
// [[0 0] [1 1] [2 2] [3 3]]
// [[0 0] [1 1] [3 3] [5 5]]
// |h|é|é|
// [[0 0]] E
// ["" "aaa"]
// ["" "" ""]
// .a.a.
// |hi| |there|
// 4
