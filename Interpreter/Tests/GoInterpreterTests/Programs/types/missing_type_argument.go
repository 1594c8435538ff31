package main

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	_ = Zero()
}

// Error: in call to Zero, cannot infer T
