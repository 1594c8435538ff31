package main

import (
	"errors"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

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

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type MyInt int

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

var ErrEmpty = errors.New("empty")

func First[T any](xs []T) (T, error) {
	if len(xs) == 0 {
		var z T
		return z, ErrEmpty
	}
	return xs[0], nil
}

func main() {
	fmt.Println(Map([]int{1, 2, 3}, func(i int) string { return strings.Repeat("*", i) }))
	fmt.Println(Reduce([]string{"a", "b"}, 0, func(n int, s string) int { return n + len(s) }))
	var st Stack[string]
	st.Push("x")
	st.Push("y")
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st.items))
	fmt.Println(Sum(MyInt(2), 3), Sum(1.5, 2), Sum[int64]())
	fmt.Printf("%T %v\n", Sum(MyInt(1)), Pair[string, int]{"a", 1})
	_, err := First([]int{})
	fmt.Println(errors.Is(err, ErrEmpty))
	f, _ := First([]Pair[int, bool]{{1, true}})
	fmt.Println(f)
}

// Output:
// [* ** ***]
// 2
// y true 1
// 5 3.5 0
// main.MyInt a=1
// true
// 1=true
