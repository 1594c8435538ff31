package main

func main() {
	var i int = 2.5
	_ = i
}

// Error: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)
