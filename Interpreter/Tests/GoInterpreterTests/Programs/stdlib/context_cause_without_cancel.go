package main

import (
	"context"
	"errors"
	"fmt"
)

type key struct{}

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	child := context.WithValue(ctx, key{}, "v")
	grand, stop := context.WithCancel(child)
	defer stop()
	fmt.Println(ctx.Err(), context.Cause(ctx), context.Cause(grand))
	shutdown := errors.New("shutdown")
	cancel(shutdown)
	cancel(errors.New("ignored: already canceled"))
	<-grand.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx), grand.Err(), context.Cause(grand) == shutdown)

	plain, cancelPlain := context.WithCancel(context.Background())
	cancelPlain()
	fmt.Println(context.Cause(plain))
	nilCause, cancelNil := context.WithCancelCause(context.Background())
	cancelNil(nil)
	fmt.Println(context.Cause(nilCause) == context.Canceled)

	parent, cancelParent := context.WithCancel(context.WithValue(context.Background(), key{}, "kept"))
	detached := context.WithoutCancel(parent)
	below, cancelBelow := context.WithCancel(detached)
	defer cancelBelow()
	cancelParent()
	fmt.Println(parent.Err(), detached.Err(), below.Err(), detached.Done() == nil, detached.Value(key{}))
	_, has := detached.Deadline()
	fmt.Println(has, context.Cause(detached))
}

// Output:
// <nil> <nil> <nil>
// context canceled shutdown context canceled true
// context canceled
// true
// context canceled <nil> <nil> true kept
// false <nil>
