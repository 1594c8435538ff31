package main

func main() {
	goto L
	x := 1
	_ = x
L:
	println()
}

// Error: goto L jumps over variable declaration at line 5
