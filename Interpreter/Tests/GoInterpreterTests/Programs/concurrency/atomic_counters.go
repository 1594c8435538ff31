package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var c atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&n, 2)
			c.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), c.Load())
	fmt.Println(atomic.CompareAndSwapInt64(&n, 40, 1), atomic.CompareAndSwapInt64(&n, 40, 2), n)
	fmt.Println(c.Swap(100), c.Load(), c.CompareAndSwap(100, 5), c.Load())
	var flag atomic.Bool
	fmt.Println(flag.Load(), flag.Swap(true), flag.Load())
}

// Output:
// 40 20
// true false 1
// 20 100 true 5
// false false true
