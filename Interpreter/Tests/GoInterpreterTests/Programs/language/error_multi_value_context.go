package main

func f() (int, string) { return 1, "" }

func main() {
	var a int = f()
	_ = a
}

// Error: multiple-value f() (value of type (int, string)) in single-value context
