package main

import "fmt"

func main() {
	defer fmt.Println("outer deferred")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

// Panic: again: first
// recovered first
// outer deferred
