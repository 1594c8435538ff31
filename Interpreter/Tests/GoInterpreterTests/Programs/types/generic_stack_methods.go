package main

import "fmt"

type Stack[T any] struct {
	items []T
}

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

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Lener interface{ Len() int }

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())

	// Popping past empty gives the zero value of the type argument.
	var strs Stack[string]
	strs.Push("a")
	strs.Push("b")
	fmt.Println(strs.Len())
	top, ok := strs.Pop()
	fmt.Println(top, ok)
	strs.Pop()
	top, ok = strs.Pop()
	fmt.Printf("%q %v %d\n", top, ok, strs.Len())

	// A pointer to an instantiated type satisfies an interface through its method set.
	ss := &Stack[string]{}
	ss.Push("a")
	var l Lener = ss
	fmt.Println(l.Len())

	// Methods of generic types are found by fmt, also inside composites.
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, []Pair[int, bool]{{1, true}})
	fmt.Printf("%v %T\n", p, p.Val)
	fmt.Printf("%T|%T\n", strs, p)
}

// Output:
// 2 true 1
// 2
// b true
// "" false 0
// 1
// a=1 [1=true]
// a=1 int
// main.Stack[string]|main.Pair[string,int]
