package main

func main() {
	s := make([]int, 2, 4)
	hi := 5
	_ = s[1:hi]
}

// Panic: runtime error: slice bounds out of range [:5] with capacity 4
