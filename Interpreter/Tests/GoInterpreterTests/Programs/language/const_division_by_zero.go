package main

func main() {
	const z = 0
	_ = 10 / z
}

// Error: invalid operation: division by zero
