package main

import (
	"fmt"
	"regexp"
)

func main() {
	a := regexp.MustCompile(`a`)
	fmt.Printf("%q\n", a.Split("banana", -1))
	fmt.Printf("%q\n", a.Split("banana", 0))
	fmt.Println(a.Split("banana", 0) == nil)
	fmt.Printf("%q\n", a.Split("banana", 1))
	fmt.Printf("%q\n", a.Split("banana", 2))
	zp := regexp.MustCompile(`z+`)
	fmt.Printf("%q\n", zp.Split("pizza", -1))
	fmt.Printf("%q\n", zp.Split("pizza", 0))
	fmt.Printf("%q\n", zp.Split("pizza", 1))
	fmt.Printf("%q\n", zp.Split("pizza", 2))

	// An empty pattern splits between characters; an empty input gives one empty piece.
	empty := regexp.MustCompile(``)
	fmt.Printf("%q\n", empty.Split("abc", -1))
	fmt.Printf("%q\n", empty.Split("añb", -1))
	fmt.Printf("%q\n", a.Split("", -1))
	fmt.Printf("%q %v\n", empty.Split("", -1), empty.Split("", -1) == nil)

	sep := regexp.MustCompile(`\s*[,;]\s*`)
	fmt.Printf("%q\n", sep.Split("a , b;c ;; d", -1))
	fmt.Printf("%q\n", sep.Split(",x,", -1))
	star := regexp.MustCompile(`x*`)
	fmt.Printf("%q\n", star.Split("axxb", -1))
}

// Output:
// ["b" "n" "n" ""]
// []
// true
// ["banana"]
// ["b" "nana"]
// ["pi" "a"]
// []
// ["pizza"]
// ["pi" "a"]
// ["a" "b" "c"]
// ["a" "ñ" "b"]
// [""]
// [] false
// ["a" "b" "c" "" "d"]
// ["" "x" ""]
// ["a" "b"]
