package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a typed nil pointer is a non-nil error
}

func properly(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Shape interface{ Area() float64 }
type Square struct{ s float64 }

func (q *Square) Area() float64 {
	if q == nil {
		return 0
	}
	return q.s * q.s
}

func main() {
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, err == (*MyErr)(nil))
	fmt.Println(properly(false) == nil, properly(true))

	var target *MyErr
	fmt.Println(errors.As(mayFail(true), &target), target != nil)

	var sq *Square
	var sh Shape = sq
	fmt.Println(sh != nil, sh.Area())
	var nothing Shape
	fmt.Println(nothing == nil)
	var e1, e2 any
	fmt.Println(e1 == e2, e1 == nil, any(sq) == any((*Square)(nil)))
}

// Output:
// false true
// *main.MyErr true
// true my error
// true true
// true 0
// true
// true true true
