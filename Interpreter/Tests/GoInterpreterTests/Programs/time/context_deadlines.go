package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	past := time.Date(2020, time.May, 1, 12, 0, 0, 250, time.UTC)
	ctx, cancel := context.WithDeadline(context.Background(), past)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println(ok, d.Equal(past), d.UTC())
	<-ctx.Done()
	fmt.Println(ctx.Err())

	ctx2, cancel2 := context.WithTimeout(context.Background(), 40*time.Millisecond)
	defer cancel2()
	d2, ok2 := ctx2.Deadline()
	left := time.Until(d2)
	fmt.Println(ok2, left > 0 && left <= 40*time.Millisecond)
	select {
	case <-ctx2.Done():
		fmt.Println("timed out:", ctx2.Err(), !time.Now().Before(d2))
	case <-time.After(time.Second):
		fmt.Println("no timeout")
	}
	_, ok3 := context.Background().Deadline()
	none, _ := context.Background().Deadline()
	fmt.Println(ok3, none.IsZero())
}

// Output:
// true true 2020-05-01 12:00:00.00000025 +0000 UTC
// context deadline exceeded
// true true
// timed out: context deadline exceeded true
// false true
