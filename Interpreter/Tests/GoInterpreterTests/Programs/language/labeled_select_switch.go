package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 10; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 0 {
				continue loop
			}
			if v > 7 {
				break loop
			}
			sum += v
		}
	}
	fmt.Println("sum", sum)

	count := 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			switch {
			case j == 2:
				continue outer
			case i == 3:
				break outer
			case j == 0:
				break // leaves the switch only
			}
			count++
		}
	}
	fmt.Println("count", count)

	// break inside a select inside a switch leaves the select only.
	done := make(chan bool, 1)
	done <- true
	steps := []string{}
	switch {
	default:
		select {
		case <-done:
			steps = append(steps, "recv")
			break
		}
		steps = append(steps, "after select")
	}
	fmt.Println(steps)
}

// Output:
// sum 16
// count 6
// [recv after select]
