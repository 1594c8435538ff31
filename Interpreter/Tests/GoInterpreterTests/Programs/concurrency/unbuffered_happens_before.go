package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	shared := 0
	go func() {
		v := <-ch
		fmt.Println("got", v, "shared", shared)
		shared = 2
		done <- true
	}()
	shared = 1
	ch <- 10
	<-done
	fmt.Println("main sees", shared)
}

// Output:
// got 10 shared 1
// main sees 2
