package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Convert[From, To Number](xs []From) []To {
	out := make([]To, len(xs))
	for i, x := range xs {
		out[i] = To(x)
	}
	return out
}

type Meters float64

func Min[T int | float64 | string](a, b T) T {
	if a < b {
		return a
	}
	return b
}

type Getter[T any] interface{ Get() T }

type intBox struct{ v int }

func (b intBox) Get() int { return b.v }

func Extract[T any, G Getter[T]](gs []G) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	fmt.Println(Convert[float64, int]([]float64{1.9, -2.7}))
	fmt.Println(Convert[int, Meters]([]int{3}), Convert[int8, int8]([]int8{-128}))
	fmt.Println(Min(3, 2), Min(2.5, 7.0), Min("b", "a"))
	fmt.Println(Extract[int]([]intBox{{1}, {2}}))
	fmt.Println(Apply(3, func(x int) int { return x * 2 }, func(x int) int { return x + 1 }))
	fmt.Println(Apply("go"))
	var g Getter[int] = intBox{9}
	fmt.Println(g.Get())
}

// Output:
// [1 -2]
// [3] [-128]
// 2 2.5 a
// [1 2]
// 7
// go
// 9
