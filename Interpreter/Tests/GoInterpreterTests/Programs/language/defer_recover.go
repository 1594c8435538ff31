package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func namedResult() (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			n = -1
		}
	}()
	n = 10
	panic("failure")
}

func doubleOnReturn() (x int) {
	defer func() { x *= 2 }()
	return 21
}

func rethrow() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func helper() any { return recover() }

func notDirect() (r any) {
	defer func() {
		r = helper() // recover not called directly by the deferred function: returns nil
		recover()
	}()
	panic("x")
}

func nilRecover() any {
	return recover()
}

type cleanup struct{ name string }

func (c cleanup) close() { fmt.Println("close", c.name) }

func resources() {
	for _, n := range []string{"a", "b"} {
		c := cleanup{n}
		defer c.close()
	}
	fmt.Println("using")
}

func panicError() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			}
		}
	}()
	panic(errors.New("typed error"))
}

func deferInLoopClosure() {
	for i := range 3 {
		defer func() { fmt.Print("c", i, " ") }()
	}
}

func recoverAfterPanicInDefer() {
	defer func() { fmt.Println("final recover:", recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func main() {
	order()
	fmt.Println()
	fmt.Println(namedResult())
	fmt.Println(doubleOnReturn())
	fmt.Println(rethrow())
	fmt.Println(notDirect())
	fmt.Println(nilRecover())
	resources()
	fmt.Println(panicError())
	deferInLoopClosure()
	fmt.Println()
	recoverAfterPanicInDefer()
	// A deferred method value evaluates its receiver at the defer statement.
	func() {
		c := cleanup{"early"}
		defer c.close()
		c.name = "late"
	}()
	fmt.Println("done")
}

// Output:
// body 2 1 0 
// -1 recovered: failure
// 42
// outer got: re-panic of first
// <nil>
// <nil>
// using
// close b
// close a
// typed error
// c2 c1 c0 
// final recover: second
// close early
// done
