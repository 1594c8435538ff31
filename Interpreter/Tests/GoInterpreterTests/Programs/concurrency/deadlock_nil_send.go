package main

import "fmt"

func main() {
	var ch chan int
	go func() { fmt.Println("helper exits") }()
	ch <- 1
}

// Fatal: all goroutines are asleep - deadlock!
// helper exits
