package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Contains[T comparable](xs []T, v T) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

func Describe[T any](v T) string { return fmt.Sprintf("%T:%v", v, v) }

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}))
	strs := Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) })
	fmt.Println(strs, len(strs))
	fmt.Println(Contains([]string{"a", "b"}, "b"), Contains[int]([]int{1}, 2))
	fmt.Println(Describe(3), Describe("x"), Describe([]int{1}))
	f := Sum[int]
	fmt.Println(f([]int{4, 5}))
}

// Output:
// 6 3.75
// [10 20] 2
// true false
// int:3 string:x []int:[1]
// 9
