package main

func main() {
	x := 5
	_ = x.(int)
}

// Error: 5:6: invalid operation: x (variable of type int) is not an interface
