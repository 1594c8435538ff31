package main

import "fmt"

type T struct{ id int }

func (t T) show(tag string)   { fmt.Println("value", t.id, tag) }
func (t *T) showP(tag string) { fmt.Println("pointer", t.id, tag) }

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func nested() {
	defer un(trace("nested"))
	fmt.Println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	t := T{1}
	defer t.show("receiver copied at defer")
	defer t.showP("pointer receiver read at run")
	t.id = 2

	f := func() { fmt.Println("first f") }
	defer f() // the function value is evaluated now
	f = func() { fmt.Println("second f") }

	nested()
	fmt.Println("end of main")
}

// Output:
// enter nested
// in nested
// leave nested
// end of main
// first f
// pointer 2 pointer receiver read at run
// value 1 receiver copied at defer
// loop defer 2
// loop defer 1
// loop defer 0
