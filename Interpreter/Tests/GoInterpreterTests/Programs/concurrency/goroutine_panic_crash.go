package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defers do not run when another goroutine panics")
	go func() {
		panic("worker failed")
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("not reached")
}

// Panic: worker failed
