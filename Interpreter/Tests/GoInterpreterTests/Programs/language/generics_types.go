package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A generic container with methods.
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

func (s Stack[T]) Len() int { return len(s.items) }

// Generic pairs and a generic linked list.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) { l.head = &node[T]{v, l.head}; l.size++ }

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

// Constraints with methods.
type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

// A constraint mixing a type set and a method.
type IntegerID interface {
	~int | ~int64
	String() string
}

func Largest[T IntegerID](xs ...T) string {
	return slices.Max(xs).String()
}

// Generic functions with multiple type parameters and explicit instantiation.
func MapKV[K comparable, V, R any](m map[K]V, f func(K, V) R) []R {
	out := make([]R, 0, len(m))
	for k, v := range m {
		out = append(out, f(k, v))
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

func Ptr[T any](v T) *T { return &v }

type Number interface {
	~int | ~float64
}

func SumOf[T Number](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

type Result[T any] struct {
	Value T
	Err   error
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	top, ok := s.Pop()
	fmt.Println(top, ok, s.Len())
	ints := &Stack[int]{}
	_, ok = ints.Pop()
	fmt.Println(ok)

	p := Pair[string, int]{"x", 1}
	ps := []Pair[string, int]{{"b", 2}, p}
	slices.SortFunc(ps, func(a, b Pair[string, int]) int { return cmp.Compare(a.Key, b.Key) })
	fmt.Println(p, ps)
	fmt.Printf("%T %+v\n", p, Pair[int, bool]{1, true})

	var l List[float64]
	l.Prepend(1.5)
	l.Prepend(2.5)
	l.Each(func(f float64) { fmt.Print(f, " ") })
	fmt.Println(l.size)

	fmt.Println(JoinAll([]ID{3, 1, 2}, ","), Largest[ID](4, 9, 2))

	lengths := MapKV(map[string]int{"only": 4}, func(k string, v int) string { return k + ":" + strconv.Itoa(v) })
	fmt.Println(lengths)
	total := Reduce([]string{"a", "bb", "ccc"}, 0, func(acc int, s string) int { return acc + len(s) })
	concat := Reduce[int, string]([]int{1, 2}, ">", func(acc string, i int) string { return acc + strconv.Itoa(i) })
	fmt.Println(total, concat)
	ip := Ptr(42)
	sp := Ptr("s")
	*ip++
	fmt.Println(*ip, *sp)
	fmt.Println(SumOf(1, 2, 3), SumOf(0.5, 0.25), SumOf[float64]())

	r := Try(func() (int, error) { return strconv.Atoi("12") })
	bad := Try(func() (int, error) { return strconv.Atoi("x") })
	fmt.Println(r.Value, r.Err, bad.Value, bad.Err != nil)
	var numErr *strconv.NumError
	fmt.Println(errors.As(bad.Err, &numErr))
}

// Output:
// b true 1
// false
// x=1 [b=2 x=1]
// main.Pair[string,int] 1=true
// 2.5 1.5 2
// #3,#1,#2 #9
// [only:4]
// 6 >12
// 43 s
// 6 0.75 0
// 12 <nil> 0 true
// true
