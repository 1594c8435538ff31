package main

import "fmt"

// A function literal's parameters and results captured by a closure nested inside it share
// one variable with it, exactly like a named function's.
func main() {
	f := func(depth int) int {
		g := func() int { depth++; return depth * 10 }
		v := g()
		return v + depth
	}
	fmt.Println(f(1))

	var rec func(n int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		step := func() int { return rec(n-1) + n }
		return step()
	}
	fmt.Println(rec(4))

	named := func() (out string) {
		set := func(s string) { out = s }
		defer set("from defer")
		return "returned"
	}
	fmt.Println(named())

	counters := func(start int) (func() int, func() int) {
		return func() int { start++; return start }, func() int { return start }
	}
	inc, get := counters(5)
	inc()
	inc()
	fmt.Println(get())
}

// Output:
// 22
// 10
// from defer
// 7
