package main

import (
	"fmt"
	"regexp"
)

// Byte-slice results share the input's memory exactly as in Go, and Expand appends to dst.
func main() {
	b := []byte("hello world")
	word := regexp.MustCompile(`w\w+`)
	m := word.Find(b)
	fmt.Println(string(m), len(m), cap(m))
	m[0] = 'W'
	fmt.Println(string(b))
	// The result's capacity ends at the match, so appending copies instead of overwriting.
	m = append(m, '!')
	fmt.Println(string(b), string(m))

	pair := regexp.MustCompile(`(\w+)=(\w+)`)
	src := []byte("a=1 b=2")
	sub := pair.FindSubmatch(src)
	sub[2][0] = '9'
	fmt.Println(string(src))
	for _, g := range pair.FindAllSubmatch(src, -1) {
		g[1][0] -= 32
	}
	fmt.Println(string(src))
	all := pair.FindAll(src, -1)
	all[1][0] = 'Z'
	fmt.Println(string(src), len(all[0]), cap(all[0]))

	// Expand writes into dst's spare capacity like append does.
	buf := make([]byte, 0, 32)
	idx := pair.FindSubmatchIndex(src)
	out := pair.Expand(buf, []byte("$2:$1"), src, idx)
	fmt.Println(string(out), string(buf[:len(out)]), cap(out))
	out2 := pair.ExpandString(out, " [$0]", string(src), idx)
	fmt.Println(string(out2), string(out))
	grown := pair.ExpandString([]byte("x"), "-$1-", "k=v", []int{0, 3, 0, 1, 2, 3})
	fmt.Println(string(grown))

	// ReplaceAllFunc hands the callback a sub-slice of the source.
	data := []byte("one two")
	res := regexp.MustCompile(`o\w*`).ReplaceAllFunc(data, func(w []byte) []byte {
		return []byte(fmt.Sprintf("<%s:%d>", w, len(w)))
	})
	fmt.Println(string(res), string(data))

	// Nil and empty inputs.
	any := regexp.MustCompile(`x*`)
	fmt.Println(any.Find(nil) == nil, any.Find([]byte{}) == nil, any.FindIndex(nil))
	fmt.Println(any.Match(nil), word.Match(nil), word.Match([]byte("wow")))
	fmt.Printf("%q\n", any.FindAll(nil, -1))
}

// Output:
// world 5 5
// hello World
// hello World World!
// a=9 b=2
// A=9 B=2
// A=9 Z=2 3 3
// 9:A 9:A 32
// 9:A [A=9] 9:A
// x-k-
// <one:3> tw<o:1> one two
// true false [0 0]
// true false true
// [""]
