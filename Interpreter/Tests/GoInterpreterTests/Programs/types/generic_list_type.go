package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Prepend(v T) *List[T] {
	l.head = &node[T]{v, l.head}
	l.size++
	return l
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func Collect[T any](l *List[T]) []T {
	var out []T
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func main() {
	l := &List[int]{}
	l.Prepend(3).Prepend(2).Prepend(1)
	fmt.Println(Collect(l), l.size)
	words := (&List[string]{}).Prepend("b").Prepend("a")
	fmt.Printf("%q\n", Collect(words))
}

// Output:
// [1 2 3] 3
// ["a" "b"]
