package main

func main() {
	goto L
	{
	L:
		println()
	}
}

// Error: goto L jumps into block
