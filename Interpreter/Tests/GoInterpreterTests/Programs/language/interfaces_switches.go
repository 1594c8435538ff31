package main

import (
	"errors"
	"fmt"
	"io"
)

type animal interface{ sound() string }

type dog struct{ name string }

func (d dog) sound() string { return d.name + ": woof" }

type cat struct{ name string }

func (c *cat) sound() string { return c.name + ": meow" }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

func find(fail bool) error {
	var e *myErr
	if fail {
		e = &myErr{7}
	}
	return e // a typed nil when !fail: not equal to nil
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type temp float64

func (t temp) String() string { return fmt.Sprintf("%.0f degrees", float64(t)) }

func main() {
	animals := []animal{dog{"rex"}, &cat{"tom"}, &dog{"ptr"}}
	for _, a := range animals {
		fmt.Println(a.sound())
	}

	// Interface values compare by dynamic type and value.
	var a1, a2 animal = dog{"x"}, dog{"x"}
	var a3 animal = &dog{"x"}
	var a4 animal = a3
	fmt.Println(a1 == a2, a1 == a3, a3 == a4, a1 != nil)
	var e1, e2 any = 1, 1.0
	var e3 any = int64(1)
	fmt.Println(e1 == e2, e1 == e3, e1 == any(1), e2 == any(1.0))

	// Typed nil pointers inside interfaces are not nil interfaces.
	err := find(false)
	fmt.Println(err == nil, err != nil, fmt.Sprintf("%v %T", err == (*myErr)(nil), err))
	if err := find(true); err != nil {
		fmt.Println("error:", err)
	}
	var plain error
	fmt.Println(plain == nil, fmt.Sprint(plain))

	// errors.As / errors.Is through wrapping.
	wrapped := fmt.Errorf("context: %w", find(true))
	var target *myErr
	fmt.Println(errors.As(wrapped, &target), target.code, errors.Is(fmt.Errorf("x: %w", io.EOF), io.EOF), errors.Unwrap(wrapped) != nil)

	// Type switches: multiple types keep the interface type; order matters.
	for _, v := range []any{nil, 3, int64(4), "hey", &myErr{1}, temp(20), []int{1, 2}, func() int { return 9 }, 2.5, struct{}{}} {
		fmt.Println(classify(v))
	}

	// Type assertions with comma-ok never panic.
	var v any = dog{"d"}
	d, ok := v.(dog)
	_, ok2 := v.(*dog)
	s, ok3 := v.(animal)
	fmt.Println(d.name, ok, ok2, ok3, s.sound())

	// An interface holding a struct copies it.
	orig := dog{"orig"}
	var held animal = orig
	orig.name = "changed"
	fmt.Println(held.sound())

	// Embedded interfaces and method sets.
	var rw io.ReadWriter
	var w io.Writer = rw
	fmt.Println(w == nil)
}

// Output:
// rex: woof
// tom: meow
// ptr: woof
// true false true true
// false false true true
// false true true *main.myErr
// error: code 7
// true <nil>
// true 7 true true
// nil
// integer 3 (int)
// integer 4 (int64)
// string of 3
// error code 1
// stringer 20 degrees
// slice 2
// func 9
// other float64
// other struct {}
// d true false true d: woof
// orig: woof
// true
