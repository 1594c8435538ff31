package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func main() {
	// Unbuffered channels synchronize; range ends at close.
	ch := make(chan int)
	go producer(4, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)

	// Buffered channels hold values until received; len/cap report the buffer.
	buf := make(chan string, 3)
	buf <- "a"
	buf <- "b"
	fmt.Println(len(buf), cap(buf), <-buf, len(buf))
	close(buf)
	v, ok := <-buf
	v2, ok2 := <-buf
	fmt.Printf("%q %v %q %v\n", v, ok, v2, ok2)

	// select with default does not block; a nil channel is never ready.
	var nilCh chan int
	select {
	case x := <-nilCh:
		fmt.Println("impossible", x)
	default:
		fmt.Println("default")
	}

	// select waits for the first ready case; timeouts through time.After.
	slow := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		slow <- 1
	}()
	select {
	case <-slow:
		fmt.Println("slow first")
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("late value", <-slow)

	// Worker pool with a WaitGroup and a mutex-protected map.
	var wg sync.WaitGroup
	var mu sync.Mutex
	results := map[int]int{}
	jobs := make(chan int, 10)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				results[j] = j * j
				mu.Unlock()
			}
		}()
	}
	for j := 1; j <= 6; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	fmt.Println(len(results), results[6])

	// Direction-restricted channels and a done channel closed to broadcast.
	done := make(chan struct{})
	finished := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-done
			finished <- id
		}(i)
	}
	close(done)
	total := 0
	for i := 0; i < 3; i++ {
		total += <-finished
	}
	fmt.Println("broadcast", total)

	// Sending on a full buffered channel in select falls to default.
	full := make(chan int, 1)
	full <- 1
	select {
	case full <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}

	// sync.Once runs once; goroutines see values sent before close.
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}

// Output:
// sum 6
// 2 3 a 1
// "b" true "" false
// default
// timeout
// late value 1
// 6 36
// broadcast 3
// full
// once 0
