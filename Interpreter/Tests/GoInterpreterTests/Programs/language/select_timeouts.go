package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan string)
	go func() {
		time.Sleep(200 * time.Millisecond)
		slow <- "late"
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	fmt.Println("then", <-slow)

	fast := make(chan int, 1)
	fast <- 7
	select {
	case v := <-fast:
		fmt.Println("ready first", v)
	case <-time.After(time.Second):
		fmt.Println("unexpected timeout")
	}

	// A nil channel never becomes ready; the default case runs.
	var never chan int
	select {
	case <-never:
		fmt.Println("impossible")
	default:
		fmt.Println("default")
	}

	// Repeated timeouts in a loop: each time.After is a fresh timer.
	results := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(time.Duration(i*15) * time.Millisecond)
			results <- i
		}
	}()
	got, timeouts := 0, 0
	for got < 3 {
		select {
		case <-results:
			got++
		case <-time.After(5 * time.Millisecond):
			timeouts++
		}
	}
	fmt.Println("got", got, "some timeouts:", timeouts > 0)
}

// Output:
// timeout
// then late
// ready first 7
// default
// got 3 some timeouts: true
