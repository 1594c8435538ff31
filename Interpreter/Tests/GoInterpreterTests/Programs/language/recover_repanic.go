package main

import (
	"fmt"
	"runtime"
)

type myErr struct{ code int }

func (e myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func inner() {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(myErr); ok && e.code == 1 {
				fmt.Println("inner handled", e)
				return
			}
			fmt.Println("inner re-panics", r)
			panic(r)
		}
	}()
	panic(myErr{2})
}

func middle() {
	defer fmt.Println("middle deferred")
	inner()
	fmt.Println("not reached")
}

func recoverOnlyInDeferredCall() (result string) {
	defer func() {
		result = fmt.Sprint(recover())
	}()
	r := recover() // not called by a deferred function: nil, panicking continues
	fmt.Println("direct recover:", r)
	helper := func() any { return recover() }
	defer func() {
		// recover inside a function called by a deferred function returns nil
		fmt.Println("nested helper:", helper())
	}()
	panic("p")
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Printf("main recovered %v (%T)\n", r, r)
		}()
		middle()
	}()
	fmt.Println(recoverOnlyInDeferredCall())

	func() {
		defer func() {
			r := recover()
			err, isRuntime := r.(runtime.Error)
			fmt.Println(isRuntime, err)
			fmt.Println(recover() == nil)
		}()
		var a []int
		_ = a[3]
	}()
}

// Output:
// inner re-panics code 2
// middle deferred
// main recovered code 2 (main.myErr)
// direct recover: <nil>
// nested helper: <nil>
// p
// true runtime error: index out of range [3] with length 0
// true
