package main

type Slice[T any] interface{ ~[]T }

func main() {
	var x Slice[int]
	_ = x
}

// Error: 6:8: cannot use type Slice[int] outside a type constraint: interface contains type constraints
