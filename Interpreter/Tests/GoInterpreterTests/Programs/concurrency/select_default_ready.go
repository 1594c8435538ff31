package main

import "fmt"

func main() {
	ready := make(chan int, 1)
	ready <- 7
	var nilCh chan int
	select {
	case v := <-ready:
		fmt.Println("ready", v)
	case nilCh <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("default")
	}
	select {
	case v := <-ready:
		fmt.Println("ready", v)
	default:
		fmt.Println("default")
	}
	done := make(chan struct{})
	close(done)
	count := 0
	for i := 0; i < 3; i++ {
		select {
		case <-done:
			count++
		default:
		}
	}
	fmt.Println("closed channel always ready:", count)
	for {
		select {
		case <-done:
			fmt.Println("break only leaves the select")
			break
		}
		break
	}
}

// Output:
// ready 7
// default
// closed channel always ready: 3
// break only leaves the select
