package main

func main() {
	var b byte = 255 + 1
	_ = b
}

// Error: cannot use 255 + 1 (untyped int constant 256) as byte value in variable declaration (overflows)
