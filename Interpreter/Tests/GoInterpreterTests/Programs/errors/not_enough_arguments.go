package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1)
}

// Error: 6:11: not enough arguments in call to add
