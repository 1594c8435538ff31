package main

func main() {
	x := 3
	_ = !x
}

// Error: invalid operation: operator ! not defined on x (variable of type int)
