package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	close(ch)
	fmt.Println("closed once")
	close(ch)
}

// Panic: close of closed channel
// closed once
