package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64
type Count int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Max[T ~int | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func main() {
	fmt.Println(Sum([]Celsius{1.5, 2.25}), Sum([]Count{1, 2, 3}), Sum([]int64{}))
	fmt.Printf("%T %T\n", Sum([]Celsius{1}), Sum([]Count{1}))
	fmt.Println(Max("apple", "banana"), Max(Count(3), 2))
}

// Output:
// 3.75 6 0
// main.Celsius main.Count
// banana 3
