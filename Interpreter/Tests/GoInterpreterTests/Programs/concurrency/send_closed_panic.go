package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	defer fmt.Println("deferred")
	ch <- 1
}

// Panic: send on closed channel
// deferred
