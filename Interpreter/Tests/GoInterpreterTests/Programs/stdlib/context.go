package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func worker(ctx context.Context, out chan<- string) {
	select {
	case <-ctx.Done():
		out <- "stopped: " + ctx.Err().Error()
	case <-time.After(time.Second):
		out <- "timeout not honoured"
	}
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	fmt.Println(ctx.Value(ctxKey("user")), ctx.Value(ctxKey("other")), ctx.Err())
	cctx, cancel := context.WithCancel(ctx)
	out := make(chan string)
	go worker(cctx, out)
	cancel()
	fmt.Println(<-out, cctx.Value(ctxKey("user")))
	fmt.Println(errors.Is(cctx.Err(), context.Canceled))
	tctx, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	go worker(tctx, out)
	fmt.Println(<-out, tctx.Err() == context.DeadlineExceeded)
	_, hasDeadline := tctx.Deadline()
	fmt.Println(hasDeadline)
	child, cancel3 := context.WithCancel(tctx)
	defer cancel3()
	<-child.Done()
	fmt.Println("child done:", child.Err())
}

// Output:
// ann <nil> <nil>
// stopped: context canceled ann
// true
// stopped: context deadline exceeded true
// true
// child done: context deadline exceeded
