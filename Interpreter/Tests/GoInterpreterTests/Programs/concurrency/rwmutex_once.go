package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("once calls:", calls)
	var rw sync.RWMutex
	data := map[int]int{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			rw.Lock()
			data[i] = i * i
			rw.Unlock()
		}(i)
	}
	wg.Wait()
	rw.RLock()
	rw.RLock()
	total := 0
	for _, v := range data {
		total += v
	}
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("total:", total)
}

// Output:
// once calls: 1
// total: 14
