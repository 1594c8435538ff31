package main

func main() {
	x := 1
	y := "a"
	_ = x + y
}

// Error: 6:6: invalid operation: x + y (mismatched types int and string)
