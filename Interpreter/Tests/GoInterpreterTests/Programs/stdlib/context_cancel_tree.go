package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	valued := context.WithValue(child, key("user"), "ann")
	grand, cancelGrand := context.WithCancel(valued)
	defer cancelGrand()

	cancelChild()
	<-grand.Done()
	fmt.Println(root.Err(), child.Err(), grand.Err(), errors.Is(grand.Err(), context.Canceled))
	fmt.Println(grand.Value(key("user")), grand.Value(key("none")), grand.Value("user"))

	cancelRoot()
	cancelRoot()
	fmt.Println(root.Err())

	tctx, cancelT := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancelT()
	select {
	case <-tctx.Done():
		fmt.Println(tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(time.Second):
		fmt.Println("timeout did not fire")
	}
	_, hasDeadline := tctx.Deadline()
	_, bgDeadline := context.Background().Deadline()
	fmt.Println(hasDeadline, bgDeadline, context.Background().Err(), context.Background().Done() == nil)

	results := make(chan string)
	ctx, cancel := context.WithCancel(context.Background())
	for i := 0; i < 3; i++ {
		go func(i int) {
			<-ctx.Done()
			results <- fmt.Sprint("worker stopped: ", ctx.Err())
		}(i)
	}
	cancel()
	for i := 0; i < 3; i++ {
		fmt.Println(<-results)
	}
}

// Output:
// <nil> context canceled context canceled true
// ann <nil> <nil>
// context canceled
// context deadline exceeded true
// true false <nil> true
// worker stopped: context canceled
// worker stopped: context canceled
// worker stopped: context canceled
