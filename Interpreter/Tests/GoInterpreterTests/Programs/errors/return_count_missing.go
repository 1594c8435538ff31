package main

func pair() (int, string) {
	return 1
}

func main() { pair() }

// Error: 4:9: not enough return values
