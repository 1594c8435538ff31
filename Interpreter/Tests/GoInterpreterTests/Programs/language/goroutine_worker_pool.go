package main

import (
	"fmt"
	"sync"
)

type result struct{ job, value int }

func main() {
	jobs := make(chan int)
	results := make(chan result, 20)
	var wg sync.WaitGroup
	var mu sync.Mutex
	perWorker := map[int]int{}
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				perWorker[id]++
				mu.Unlock()
				results <- result{j, j * j}
			}
		}(w)
	}
	for j := 0; j < 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum, n := 0, 0
	seen := make([]bool, 20)
	for r := range results {
		sum += r.value
		seen[r.job] = true
		n++
	}
	handled := 0
	for _, c := range perWorker {
		handled += c
	}
	allSeen := true
	for _, s := range seen {
		allSeen = allSeen && s
	}
	fmt.Println(n, sum, handled, allSeen)
}

// Output:
// 20 2470 20 true
