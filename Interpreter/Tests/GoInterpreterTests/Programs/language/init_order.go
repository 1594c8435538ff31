package main

import "fmt"

var trace []string

func note(name string, v int) int {
	trace = append(trace, name)
	return v
}

// Package variables: repeatedly the earliest one in declaration order whose
// dependencies are initialised (c needs nothing, so it goes first).
var (
	a = note("a", b+c)
	b = note("b", f())
	c = note("c", 3)
	d = note("d", 4)
)

func f() int { return d + 1 }

var total int

func init() {
	trace = append(trace, "init1")
	total = a
}

func init() {
	trace = append(trace, "init2")
	total *= 2
}

func main() {
	fmt.Println(trace)
	fmt.Println(a, b, c, d, total)
}

// Output:
// [c d b a init1 init2]
// 8 5 3 4 16
