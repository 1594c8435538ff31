package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c counter) Value() int { return c.n }
func (c *counter) Inc()      { c.n++ }
func (c counter) Describe(prefix string) string {
	return fmt.Sprintf("%s%d", prefix, c.n)
}

type celsius float64

func (c celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func makeAdder(base int) func(int) int {
	return func(x int) int {
		base += x
		return base
	}
}

func main() {
	// Go 1.22: each iteration has its own loop variable.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []string{"a", "b"} {
		fs = append(fs, func() int { return len(v) * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// Modifying the loop variable inside the body affects only that iteration's copy
	// (the next iteration starts from the copied value plus the post statement).
	for i := 0; i < 5; i++ {
		if i == 1 {
			i += 2
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	// Closures capture variables, not values.
	x := 1
	get := func() int { return x }
	x = 2
	fmt.Println(get())
	add := makeAdder(10)
	fmt.Println(add(1), add(2), makeAdder(0)(5))

	// Method values bind the receiver when evaluated (a copy for value receivers).
	c := counter{n: 1}
	val := c.Value
	inc := c.Inc
	c.n = 5
	inc()
	fmt.Println(val(), c.n)
	// Method expressions take the receiver as the first argument.
	valueOf := counter.Value
	incr := (*counter).Inc
	describe := counter.Describe
	incr(&c)
	fmt.Println(valueOf(c), describe(c, "n="), (*counter).Value(&c))
	// Method expressions through an interface type and a promoted method.
	type wrapped struct{ *counter }
	wc := wrapped{&counter{n: 40}}
	str := fmt.Stringer.String
	promoted := wrapped.Inc
	promoted(wc)
	fmt.Println(str(celsius(1)), wc.n, (*wrapped).Value(&wc))
	// Methods on non-struct named types, and fmt using String().
	temps := []celsius{21.5, -3}
	fmt.Println(temps, temps[0])
	fmt.Printf("%v %s %.2f\n", temps[1], temps[1], float64(temps[1]))

	// Function values compare only to nil; funcs as map values.
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](2, 3), ops["mul"](2, 3), ops["sub"] == nil)

	// Recursive closures via a declared variable; variadic functions.
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	join := func(sep string, parts ...string) string { return strings.Join(parts, sep) }
	words := []string{"x", "y"}
	fmt.Println(fib(15), join("-"), join("-", "a"), join("+", words...))

	// Deferred closures see later values; deferred calls evaluate arguments immediately.
	func() {
		y := 1
		defer fmt.Println("deferred arg:", y)
		defer func() { fmt.Println("deferred closure:", y) }()
		y = 2
	}()
}

// Output:
// 0 1 2 10 10 
// 0 3 4 
// 2
// 11 13 5
// 1 6
// 7 n=7 7
// 1.0°C 41 41
// [21.5°C -3.0°C] 21.5°C
// -3.0°C -3.0°C -3.00
// 5 6 true
// 610  a x+y
// deferred closure: 2
// deferred arg: 1
