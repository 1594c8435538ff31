package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	strs := Map([]int{1, 2, 3}, strconv.Itoa)
	fmt.Printf("%q %T\n", strs, strs)
	lens := Map(strs, func(s string) int { return len(s) * 10 })
	fmt.Println(lens)
	fmt.Println(Reduce(lens, "", func(a string, n int) string { return a + strconv.Itoa(n) }))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[*int]() == nil, Zero[[2]bool]())
	conv := Map[int, float64]
	fmt.Println(conv([]int{1}, func(i int) float64 { return float64(i) / 4 }))
}

// Output:
// ["1" "2" "3"] []string
// [10 10 10]
// 101010
// "" true [false false]
// [0.25]
