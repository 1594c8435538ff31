package main

func main() {
	x := 1
	x := 2
	_ = x
}

// Error: no new variables on left side of :=
