package main

func f() {}

func main() {
	x := f()
	_ = x
}

// Error: 6:7: f() (no value) used as value
