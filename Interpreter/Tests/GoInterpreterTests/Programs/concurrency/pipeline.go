package main

import (
	"fmt"
	"sync"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	sum := 0
	for v := range merge(sq(gen(1, 2, 3)), sq(gen(4, 5))) {
		sum += v
	}
	fmt.Println("sum of squares", sum)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("ping-pong", v, ok)
	var nilCh chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case x := <-nilCh:
		fmt.Println("impossible", x)
	case x := <-ready:
		fmt.Println("ready", x)
	}
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 0; w < 4; w++ {
		go func() {
			for j := range jobs {
				results <- j * 2
			}
		}()
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	total := 0
	for j := 0; j < 20; j++ {
		total += <-results
	}
	fmt.Println("workers", total)
	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
	fmt.Println("closed struct channel")
}

// Output:
// sum of squares 55
// ping-pong 5 false
// ready 7
// workers 420
// closed struct channel
