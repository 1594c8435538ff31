package main

func main() {
	var b byte = 256
	_ = b
}

// Error: 4:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
