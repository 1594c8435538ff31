package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
		zero := 0
		fmt.Println(10 / zero)
	}()
	zero := 0
	fmt.Println(1 % zero)
}

// Panic: runtime error: integer divide by zero
// recovered: runtime error: integer divide by zero
// true runtime error: integer divide by zero
