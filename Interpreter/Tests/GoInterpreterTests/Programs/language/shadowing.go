package main

import (
	"errors"
	"fmt"
)

var x = "package"

func find(ok bool) (result string, err error) {
	if ok {
		result, err := "inner", error(nil) // shadows the named results
		_ = result
		_ = err
	}
	if !ok {
		err = errors.New("not ok")
	}
	return
}

func main() {
	fmt.Println(x)
	x := "main"
	{
		x := "block"
		x += "!"
		fmt.Println(x)
	}
	fmt.Println(x)

	if x := 1; x > 0 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("never")
	} else {
		fmt.Println(x, y)
	}

	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, ";")
	}
	fmt.Println()

	switch x := 5; {
	case x > 3:
		x := "shadow in case"
		fmt.Println(x)
	}

	r, err := find(true)
	fmt.Printf("%q %v\n", r, err)
	r, err = find(false)
	fmt.Printf("%q %v\n", r, err)

	len := func(s string) int { return 42 } // even predeclared names can be shadowed
	fmt.Println(len("abc"), x)
	{
		true := false
		fmt.Println(true)
	}
}

// Output:
// package
// block!
// main
// if 1
// 0;10;
// shadow in case
// "" <nil>
// "" not ok
// 42 main
// false
