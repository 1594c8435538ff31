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
	ss := &Stack[string]{}
	ss.Push("a")
	var l Lener = ss
	fmt.Println(l.Len())
	p := Pair[string, int]{"a", 1}
	fmt.Println(p)
	fmt.Printf("%v %T\n", p, p.Val)
}

// Output:
// 2 true 1
// 1
// a=1
// a=1 int
