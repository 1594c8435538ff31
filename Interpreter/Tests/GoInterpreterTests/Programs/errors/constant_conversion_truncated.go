package main

func main() {
	_ = int64(3.99)
}

// Error: 4:12: cannot convert 3.99 (untyped float constant) to type int64
