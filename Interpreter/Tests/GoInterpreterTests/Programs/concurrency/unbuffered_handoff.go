package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
		close(ch)
	}()
	go func() {
		for v := range ch {
			fmt.Println("recv", v)
		}
		done <- true
	}()
	<-done
	fmt.Println(len(ch), cap(ch))
}

// Output:
// recv 0
// recv 1
// recv 2
// 0 0
