package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	for x := range ch {
		fmt.Println("drained", x)
	}
	v, ok = <-ch
	fmt.Println(v, ok, len(ch))

	// Request/response: a channel carrying reply channels.
	type request struct {
		n     int
		reply chan int
	}
	reqs := make(chan request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * r.n
		}
	}()
	for i := 1; i <= 3; i++ {
		r := request{i, make(chan int)}
		reqs <- r
		fmt.Print(<-r.reply, ";")
	}
	close(reqs)
	fmt.Println()

	// Directional channel types convert implicitly from bidirectional ones.
	var send chan<- string
	var recv <-chan string
	both := make(chan string, 1)
	send, recv = both, both
	send <- "hello"
	fmt.Println(<-recv)

	// A select with several ready cases picks one of them; both arrive eventually.
	a, b := make(chan string, 1), make(chan string, 1)
	a <- "a"
	b <- "b"
	got := map[string]bool{}
	for len(got) < 2 {
		select {
		case s := <-a:
			got[s] = true
		case s := <-b:
			got[s] = true
		}
	}
	fmt.Println(got)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilMap map[string]chan int
	close(nilMap["missing"])
}

// Output:
// 2 3
// 1 true
// drained 2
// 0 false 0
// 1;4;9;
// hello
// map[a:true b:true]
// recovered: close of nil channel
