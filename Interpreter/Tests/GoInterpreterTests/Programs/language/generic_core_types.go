package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type Celsius float64

type Names []string

// S ~[]E values pass where []E is expected (append spreads, copies), and a caller's type
// parameter satisfies a callee's ~[]E constraint through its core type.
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

func Without[S ~[]E, E comparable](s S, drop E) S {
	out := S{}
	for _, v := range s {
		if v != drop {
			out = append(out, v)
		}
	}
	return out
}

func CloneTwice[S ~[]E, E any](s S) S { return Clone(Clone(s)) }

func Sum[S ~[]N, N Number](s S) N {
	var total N
	for _, v := range s {
		total += v
	}
	return total
}

func Scale[S ~[]N, N Number](s S, k N) S {
	out := make(S, 0, len(s))
	for _, v := range s {
		out = append(out, v*k)
	}
	return out
}

func AsSlice[S ~[]E, E any](s S) []E { return s }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

func Map[E, R any](s []E, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func main() {
	n := Names{"b", "a", "b"}
	c := Clone(n)
	c[0] = "z"
	fmt.Printf("%v %v %T\n", n, c, c)
	fmt.Printf("%v %T\n", Without(n, "b"), Without(n, "b"))
	fmt.Printf("%v %T\n", CloneTwice(n), CloneTwice(n))
	fmt.Println(Sum([]Celsius{1.5, 2.25}), Sum([]int{1, 2, 3}))
	fmt.Printf("%v %T\n", Scale([]Celsius{1, 2}, 3), Scale([]Celsius{1, 2}, 3))
	fmt.Printf("%T\n", AsSlice(n))
	fmt.Println(Keys(map[string]bool{"x": true}))
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) }))
	fmt.Println(Clone[[]int](nil) == nil)
}

// Output:
// [b a b] [z a b] main.Names
// [a] main.Names
// [b a b] main.Names
// 3.75 6
// [3 6] []main.Celsius
// []string
// 1
// [1 4 9]
// true
