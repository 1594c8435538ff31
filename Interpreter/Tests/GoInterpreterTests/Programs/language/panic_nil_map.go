package main

import "fmt"

func main() {
	defer fmt.Println("deferred calls still run")
	var m map[string]int
	fmt.Println("before")
	m["x"] = 1
	fmt.Println("not reached")
}

// Panic: assignment to entry in nil map
// before
// deferred calls still run
