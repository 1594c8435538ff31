package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range square(producer(4)) {
		sum += v
	}
	fmt.Println("sum", sum)

	gate := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	released := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-gate
			mu.Lock()
			released++
			mu.Unlock()
		}()
	}
	close(gate)
	wg.Wait()
	fmt.Println("released", released)

	sem := make(chan struct{}, 2)
	var active, peak int
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(2 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println("peak <= 2:", peak <= 2, "peak > 0:", peak > 0)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}

// Output:
// sum 30
// released 4
// peak <= 2: true peak > 0: true
// once 0
