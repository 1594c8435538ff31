package main

func main() {
	const n = -1
	var u uint = n
	_ = u
}

// Error: cannot use n (untyped int constant -1) as uint value in variable declaration (overflows)
