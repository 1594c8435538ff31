package main

import "fmt"

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func main() {
	inc, get := counter()
	inc()
	inc()
	fmt.Println(get(), inc(), get())

	inc2, get2 := counter() // a separate n
	inc2()
	fmt.Println(get(), get2())

	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), ",")
	}
	fmt.Println()

	var fact func(int) int // declared first so the literal can refer to itself
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))

	double := func(x int) int { return x * 2 }
	addOne := func(x int) int { return x + 1 }
	fmt.Println(apply(double, addOne)(5), apply(addOne, double)(5), apply()(5))

	x := 1
	set := func(v int) { x = v }
	set(42)
	fmt.Println(x)

	funcs := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"mul": func(a, b float64) float64 { return a * b },
	}
	fmt.Println(funcs["add"](1.5, 2), funcs["mul"](1.5, 2), funcs["sub"] == nil)
}

// Output:
// 2 3 3
// 3 1
// 0,1,1,2,3,5,8,13,21,34,
// 3628800
// 11 12 5
// 42
// 3.5 3 true
