package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q %d\n", strings.Split("", ","), len(strings.Split("", ",")))
	fmt.Printf("%q\n", strings.Split("a,b,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("a", "a"))
	fmt.Printf("%q %v\n", strings.SplitN("a,b,c", ",", 2), strings.SplitN("a,b,c", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q %q\n", strings.SplitAfter("a,b", ","), strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q %d\n", strings.Fields("  a \t b\n "), len(strings.Fields("")))
	fmt.Printf("%q\n", strings.Fields(" x\u00a0y\u2003z "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c", unicode.IsDigit))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
}

// Output:
// [""] 1
// ["a" "b" ""]
// ["a" "b" "c"]
// ["" ""]
// ["a" "b,c"] true
// ["a" "b" "c"]
// ["a," "b"] ["a," "b,c"]
// ["a" "b"] 0
// ["x" "y" "z"]
// ["a" "b" "c"]
// ["h" "é" "l" "l" "o"]
