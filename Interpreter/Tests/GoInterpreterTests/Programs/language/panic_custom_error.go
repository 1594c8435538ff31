package main

import "fmt"

type limitError struct{ limit int }

func (e limitError) Error() string { return fmt.Sprintf("limit %d exceeded", e.limit) }

func check(n int) {
	if n > 3 {
		panic(limitError{3})
	}
}

func main() {
	for i := 0; i < 10; i++ {
		fmt.Println("step", i)
		check(i)
	}
}

// Panic: limit 3 exceeded
// step 0
// step 1
// step 2
// step 3
// step 4
