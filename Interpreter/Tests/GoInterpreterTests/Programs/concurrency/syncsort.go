package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig"}
	sort.Sort(words)
	fmt.Println(words)
	xs := []int{1, 3, 5, 7}
	fmt.Println(sort.SearchInts(xs, 5), sort.Search(len(xs), func(i int) bool { return xs[i] >= 4 }))
	sm := &SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.Inc("k")
			_ = sm.Get("k")
		}()
	}
	wg.Wait()
	fmt.Println(sm.Get("k"))
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	start := time.Now()
	select {
	case <-time.After(15 * time.Millisecond):
		fmt.Println("after", time.Since(start) >= 15*time.Millisecond)
	}
	d := 1500 * time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds())
}

// Output:
// [fig kiwi apple banana]
// 2 2
// 50
// once 0
// after true
// 1.5 1500
