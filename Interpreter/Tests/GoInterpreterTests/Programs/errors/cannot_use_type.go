package main

func main() {
	var s string
	n := 5
	s = n
	_ = s
}

// Error: 6:6: cannot use n (variable of type int) as string value in assignment
