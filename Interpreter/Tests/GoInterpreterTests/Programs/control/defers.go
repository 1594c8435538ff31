package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	return nil
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func tripleRecover() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("got ", r)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprint(r, " again"))
		}
	}()
	panic("first")
}

func main() {
	err := find(-3)
	fmt.Println(err)
	var me *MyErr
	if e, ok := err.(*MyErr); ok {
		me = e
	}
	fmt.Println(me.Code, find(1) == nil)
	fmt.Println(errors.New("x").Error())
	next := counter()
	next()
	next()
	fmt.Println(next())
	fmt.Println(tripleRecover())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var p *MyErr
		fmt.Println(p.Code)
	}()
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		var x any = "str"
		_ = x.(int)
	}()
	a := []int{1, 2, 3}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		idx := 10
		fmt.Println(a[idx])
	}()
}

// Output:
// code -3
// -3 true
// x
// 3
// got first again
// recovered: runtime error: invalid memory address or nil pointer dereference
// recovered: interface conversion: interface {} is string, not int
// recovered: runtime error: index out of range [10] with length 3
