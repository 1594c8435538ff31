package main

import (
	"fmt"
	"regexp"
)

// The leftmost-match Find methods over strings and byte slices.
func main() {
	re := regexp.MustCompile(`a(x*)b(y|z)?c`)
	fmt.Printf("%q\n", re.FindString("-axxbyc-"))
	fmt.Printf("%q\n", re.FindString("nothing"))
	fmt.Println(re.FindStringIndex("-axxbyc-"), re.FindStringIndex("nothing") == nil)
	fmt.Printf("%q\n", re.FindStringSubmatch("-axxbyc-"))
	fmt.Printf("%q\n", re.FindStringSubmatch("-abc-"))
	fmt.Println(re.FindStringSubmatch("zzz") == nil)
	fmt.Println(re.FindStringSubmatchIndex("-abc-"))
	fmt.Println(re.FindStringSubmatchIndex("--axbzc"))

	b := []byte("xx abzc yy")
	fmt.Printf("%q\n", re.Find(b))
	fmt.Println(re.FindIndex(b), re.FindIndex([]byte("q")) == nil)
	sub := re.FindSubmatch(b)
	fmt.Printf("%q %d\n", sub, len(sub))
	fmt.Println(sub[1] == nil, len(sub[1]), sub[2] == nil)
	fmt.Println(re.FindSubmatchIndex(b))
	fmt.Println(re.Find([]byte("none")) == nil, re.FindSubmatch([]byte("none")) == nil, re.FindSubmatchIndex(nil) == nil)

	// A group that did not take part is nil in FindSubmatch, "" in FindStringSubmatch.
	alt := regexp.MustCompile(`(a)|(b)`)
	m := alt.FindSubmatch([]byte("b"))
	fmt.Println(m[1] == nil, m[2] == nil, string(m[2]))
	fmt.Println(alt.FindSubmatchIndex([]byte("b")))

	// An empty match is an empty, non-nil slice.
	empty := regexp.MustCompile(`x*`).Find([]byte("abc"))
	fmt.Println(empty == nil, len(empty))
}

// Output:
// "axxbyc"
// ""
// [1 7] true
// ["axxbyc" "xx" "y"]
// ["abc" "" ""]
// true
// [1 4 2 2 -1 -1]
// [2 7 3 4 5 6]
// "abzc"
// [3 7] true
// ["abzc" "" "z"] 3
// false 0 false
// [3 7 4 4 5 6]
// true true true
// true false b
// [0 1 -1 -1 0 1]
// false 0
