package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func order() (s string) {
	defer func() { s += "-first" }()
	defer func() { s += "-second" }()
	s = "body"
	return s + "+ret"
}

func wrapErr() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	return errors.New("inner")
}

func recovered() (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
			result = -1
		}
	}()
	result = 10
	panic("boom")
}

func argsEvaluatedEarly() (n int) {
	n = 1
	defer fmt.Println("deferred sees", n)
	n = 2
	return 3
}

func main() {
	fmt.Println(double())
	fmt.Println(order())
	err := wrapErr()
	fmt.Println(err, errors.Unwrap(err))
	fmt.Println(recovered())
	fmt.Println(argsEvaluatedEarly())
}

// Output:
// 42
// body+ret-second-first
// wrapped: inner inner
// -1 recovered boom
// deferred sees 1
// 3
