package main

import "fmt"

func generate(n int) <-chan int {
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
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func filterOdd(in <-chan int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 1 {
				out <- v
			}
		}
	}()
	return out
}

func main() {
	var got []int
	for v := range filterOdd(square(generate(9))) {
		got = append(got, v)
	}
	fmt.Println(got)

	// Early exit: a done channel stops the producer.
	done := make(chan struct{})
	nums := make(chan int)
	stopped := make(chan int)
	go func() {
		i := 0
		for {
			select {
			case nums <- i:
				i++
			case <-done:
				stopped <- i
				return
			}
		}
	}()
	for v := range nums {
		if v == 4 {
			break
		}
	}
	close(done)
	fmt.Println("producer stopped after", <-stopped)
}

// Output:
// [1 9 25 49 81]
// producer stopped after 5
