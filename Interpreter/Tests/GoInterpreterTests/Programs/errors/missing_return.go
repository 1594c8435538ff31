package main

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
}

func main() { _ = sign(1) }

// Error: 9:1: missing return
