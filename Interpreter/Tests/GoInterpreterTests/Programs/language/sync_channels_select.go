package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var once sync.Once
	n := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { n++ })
	}
	fmt.Println(n)

	var count atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count.Add(2)
		}()
	}
	wg.Wait()
	fmt.Println(count.Load())

	// select with send and receive cases
	out := make(chan int, 1)
	in := make(chan int, 1)
	in <- 5
	// Both cases are ready the first time, so the order is random; each runs once.
	events := map[string]bool{}
	for k := 0; k < 2; k++ {
		select {
		case out <- 1:
			events["sent"] = true
		case v := <-in:
			events[fmt.Sprint("received ", v)] = true
		}
	}
	fmt.Println(events)
	// closed channel is always ready in select
	done := make(chan struct{})
	close(done)
	select {
	case _, ok := <-done:
		fmt.Println("closed ready", ok)
	default:
		fmt.Println("default")
	}
	// unbuffered handoff orders events
	ping, pong := make(chan string), make(chan string)
	go func() {
		for m := range ping {
			pong <- m + "!"
		}
		close(pong)
	}()
	for _, w := range []string{"a", "b"} {
		ping <- w
		fmt.Println(<-pong)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println(ok)

	var mu sync.RWMutex
	shared := map[int]int{}
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() { defer wg2.Done(); mu.Lock(); shared[i] = i * i; mu.Unlock() }()
		go func() { defer wg2.Done(); mu.RLock(); _ = shared[i]; mu.RUnlock() }()
	}
	wg2.Wait()
	fmt.Println(len(shared), shared[9])
	defer func() { fmt.Println("recovered:", recover()) }()
	var wg3 sync.WaitGroup
	wg3.Done()
}

// Output:
// 1
// 100
// map[received 5:true sent:true]
// closed ready false
// a!
// b!
// false
// 10 81
// recovered: sync: negative WaitGroup counter
