package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		sum := 0
		for v := range ch {
			sum += v
		}
		fmt.Println("sum", sum)
		done <- true
	}()
	for i := 1; i <= 10; i++ {
		ch <- i
	}
	close(ch)
	<-done
	var wg sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 1000; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("count", count)
	sel := make(chan string, 1)
	select {
	case s := <-sel:
		fmt.Println(s)
	default:
		fmt.Println("empty")
	}
}

// Output:
// sum 55
// count 1000
// empty
