package main

import (
	"fmt"
	"sort"
)

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type point struct{ X, Y int }

func main() {
	ks := Keys(map[string]int{"b": 1, "a": 2, "c": 3})
	sort.Strings(ks)
	fmt.Println(ks)
	fmt.Println(Index([]point{{1, 2}, {3, 4}}, point{3, 4}), Index([]string{"x"}, "y"))
	var e1, e2 interface{} = 1, "1"
	fmt.Println(Index([]interface{}{e1, e2}, "1"))
}

// Output:
// [a b c]
// 1 -1
// 1
