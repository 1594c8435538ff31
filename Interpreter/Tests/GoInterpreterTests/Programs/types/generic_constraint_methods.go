package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type rect struct{ w, h float64 }

func (r rect) Area() float64 { return r.w * r.h }
func (r rect) Name() string    { return "rect" }

type circle struct{ r float64 }

func (c circle) Area() float64 { return 3 * c.r * c.r }
func (c circle) Name() string    { return "circle" }

func Largest[S Shape](shapes ...S) S {
	var best S
	for i, s := range shapes {
		if i == 0 || s.Area() > best.Area() {
			best = s
		}
	}
	return best
}

type PtrSetter[T any] interface {
	*T
	Set(string)
}

type cfg struct{ v string }

func (c *cfg) Set(s string) { c.v = s }

func Build[T any, P PtrSetter[T]](s string) T {
	var t T
	P(&t).Set(s)
	return t
}

func main() {
	fmt.Println(Largest(rect{1, 2}, rect{3, 1}).Name(), Largest(rect{1, 2}, rect{3, 1}).Area())
	fmt.Println(Largest[Shape](rect{1, 1}, circle{1}).Name())
	fmt.Println(Build[cfg]("built").v)
}

// Output:
// rect 3
// circle
// built
