package main

import (
	"fmt"
	"time"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	c := make(chan int, 3)
	go producer(5, c)
	total := 0
	for v := range c {
		total += v
	}
	fmt.Println("total", total)
	timeout := make(chan bool)
	data := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		timeout <- true
	}()
	go func() {
		time.Sleep(5 * time.Millisecond)
		data <- "fast"
	}()
	for i := 0; i < 2; i++ {
		select {
		case d := <-data:
			fmt.Println("data", d)
		case <-timeout:
			fmt.Println("timeout")
		}
	}
	results := make(chan int)
	for w := 1; w <= 3; w++ {
		go func(id int) { results <- id * id }(w)
	}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
	v, ok := <-c
	fmt.Println(v, ok, len(c), cap(c))
}

// Output:
// total 10
// data fast
// timeout
// sum 14
// 0 false 0 3
