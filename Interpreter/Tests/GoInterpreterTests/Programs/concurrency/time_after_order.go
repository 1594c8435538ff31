package main

import (
	"fmt"
	"time"
)

func main() {
	slow := time.After(60 * time.Millisecond)
	fast := time.After(5 * time.Millisecond)
	for i := 0; i < 2; i++ {
		select {
		case <-slow:
			fmt.Println("slow")
		case <-fast:
			fmt.Println("fast")
		}
	}
	results := make(chan string, 3)
	for _, d := range []int{30, 10, 20} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			results <- fmt.Sprint(d)
		}(d)
	}
	fmt.Println(<-results, <-results, <-results)
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
	}
}

// Output:
// fast
// slow
// 10 20 30
// timeout
