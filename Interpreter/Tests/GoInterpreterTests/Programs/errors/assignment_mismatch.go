package main

func one() int { return 1 }

func main() {
	a, b := one()
	_, _ = a, b
}

// Error: 6:10: assignment mismatch: 2 variables but one returns 1 value
