package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		fmt.Println(name, r, isErr, err != nil)
	}()
	f()
}

func main() {
	try("close-closed", func() { c := make(chan int); close(c); close(c) })
	try("send-closed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("close-nil", func() { var c chan int; close(c) })
}

// Output:
// close-closed close of closed channel true true
// send-closed send on closed channel true true
// close-nil close of nil channel true true
