package main

func f() int {
	return 1, 2
}

func main() { _ = f() }

// Error: 4:12: too many return values
