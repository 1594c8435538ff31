package main

import (
	"fmt"
	"strings"
)

type Num interface{ ~int | ~float64 }

func MapKeys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) Set[T] { s[v] = struct{}{}; return s }
func (s Set[T]) Has(v T) bool  { _, ok := s[v]; return ok }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func Ptr[T any](v T) *T { return &v }

func SumAll[T Num](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }

func main() {
	fmt.Println(MapKeys(map[string]int{"a": 1}))
	s := Set[string]{}
	s.Add("x").Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	var t *Tree[string]
	for _, w := range strings.Fields("m c x a") {
		t = t.Insert(w)
	}
	var out []string
	t.Walk(func(v string) { out = append(out, v) })
	fmt.Println(out)
	p := Ptr(5)
	*p++
	fmt.Println(*p, *Ptr("s"))
	fmt.Println(SumAll(1.5, 2), SumAll[int](), SumAll([]int{1, 2}...))
	v, ok := Some(3).Get()
	fmt.Println(v, ok)
	var o Opt[[]string]
	x, ok2 := o.Get()
	fmt.Println(x == nil, ok2)
	fmt.Printf("%T %T %v\n", s, o, Opt[int]{})
}

// Output:
// 1
// true false 2
// [a c m x]
// 6 s
// 3.5 0 3
// 3 true
// true false
// main.Set[string] main.Opt[[]string] {0 false}
