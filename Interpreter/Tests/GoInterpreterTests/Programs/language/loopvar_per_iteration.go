package main

import (
	"fmt"
	"sync"
)

func main() {
	// Go 1.22: each iteration has its own variable, so closures see distinct values.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), ",")
	}
	fmt.Println()

	// The post statement works on a fresh copy: changing i in the body after a
	// closure captured it still affects only that iteration's variable.
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
		i += 0
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	var wg sync.WaitGroup
	results := make([]string, 3)
	for idx, name := range []string{"a", "b", "c"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[idx] = name + name
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// A variable declared outside the loop is shared.
	shared := 0
	var gs []func() int
	for shared = 0; shared < 3; shared++ {
		gs = append(gs, func() int { return shared })
	}
	fmt.Println(gs[0](), gs[2]())

	// Modifying the per-iteration copy inside the body carries into the next iteration.
	for i := 0; i < 6; i++ {
		defer func() { _ = i }()
		if i%2 == 0 {
			i++
		}
		fmt.Print(i, ";")
	}
	fmt.Println()
}

// Output:
// 0,1,2,
// 0 1 2
// [aa bb cc]
// 3 3
// 1;3;5;
