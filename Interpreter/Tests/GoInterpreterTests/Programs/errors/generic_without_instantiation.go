package main

type List[T any] struct{ items []T }

func main() {
	var l List
	_ = l
}

// Error: 6:8: cannot use generic type List[T any] without instantiation
