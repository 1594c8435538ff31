package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a")
var ErrB = errors.New("b")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type matcher struct{}

func (matcher) Error() string        { return "matcher" }
func (matcher) Is(target error) bool { return target == ErrB }

func main() {
	j := errors.Join(ErrA, nil, ErrB)
	fmt.Printf("%q\n", j.Error())
	fmt.Println(errors.Is(j, ErrB), errors.Join(nil, nil) == nil)
	w := fmt.Errorf("ctx: %w and %w", ErrA, &MyErr{7})
	fmt.Println(w)
	fmt.Println(errors.Unwrap(w) == nil, errors.Is(w, ErrA))
	var me *MyErr
	fmt.Println(errors.As(w, &me), me.Code)
	deep := fmt.Errorf("l2: %w", fmt.Errorf("l1: %w", j))
	fmt.Println(errors.Is(deep, ErrA), errors.Unwrap(errors.Unwrap(deep)) == j)
	fmt.Println(errors.Is(nil, ErrA), errors.Is(nil, nil), errors.Is(ErrA, ErrA))
	fmt.Println(errors.Is(matcher{}, ErrB), errors.Is(matcher{}, ErrA))
	one := fmt.Errorf("one: %w", ErrA)
	fmt.Println(errors.Unwrap(one) == ErrA, errors.Unwrap(ErrA) == nil)
	fmt.Println(fmt.Errorf("x: %w", nil))
	fmt.Println(errors.Unwrap(fmt.Errorf("x: %w", nil)) == nil)
	var me2 *MyErr
	fmt.Println(errors.As(fmt.Errorf("w: %w", ErrA), &me2), me2 == nil)
	nested := errors.Join(errors.Join(ErrA), &MyErr{9})
	var me3 *MyErr
	fmt.Println(errors.As(nested, &me3), me3.Code)
}

// Output:
// "a\nb"
// true true
// ctx: a and code 7
// true true
// true 7
// true true
// false true true
// true false
// true true
// x: %!w(<nil>)
// true
// false true
// true 9
