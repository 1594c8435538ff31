package main

import (
	"fmt"
	"strings"
)

type T struct{ n int }

func (t T) Value() int { return t.n }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %v\n", name, err)
			return
		}
		fmt.Printf("%s: %v (%T)\n", name, r, r)
	}()
	f()
}

func main() {
	try("nil func", func() {
		var f func()
		f()
	})
	try("value method via nil pointer", func() {
		var p *T
		_ = p.Value()
	})
	try("nil slice index", func() {
		var s []int
		i := 0
		_ = s[i]
	})
	try("slice beyond cap", func() {
		s := make([]int, 2, 4)
		hi := 5
		_ = s[:hi]
	})
	try("string slice start", func() {
		s := "abc"
		lo := 4
		_ = s[lo:]
	})
	try("strings.Repeat negative", func() {
		n := -1
		_ = strings.Repeat("x", n)
	})
	try("panic with error wrapping", func() {
		panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
	})
	try("panic with a local named type", func() {
		type code int
		panic(code(3))
	})
	try("array via pointer out of range", func() {
		a := &[3]int{}
		i := 3
		a[i] = 1
	})
}

// Output:
// nil func: runtime error: invalid memory address or nil pointer dereference
// value method via nil pointer: runtime error: invalid memory address or nil pointer dereference
// nil slice index: runtime error: index out of range [0] with length 0
// slice beyond cap: runtime error: slice bounds out of range [:5] with capacity 4
// string slice start: runtime error: slice bounds out of range [4:3]
// strings.Repeat negative: strings: negative Repeat count (string)
// panic with error wrapping: wrapped: inner
// panic with a local named type: 3 (main.code)
// array via pointer out of range: runtime error: index out of range [3] with length 3
