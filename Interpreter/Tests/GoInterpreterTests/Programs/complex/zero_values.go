package main

import "fmt"

type S struct {
	A [2]complex64
	B complex128
}

func main() {
	ch := make(chan complex128)
	close(ch)
	v, ok := <-ch
	p := new(complex128)
	*p += 1i
	var s S
	m := map[string]complex64{}
	fmt.Println(v, ok, *p, s, m["x"], s == S{})
	var i any = s.B
	switch i.(type) {
	case complex128:
		fmt.Println("c128")
	}
	x, y := 1+1i, 2-2i
	x, y = y, x
	fmt.Println(x, y, x != y)
}

// Output:
// (0+0i) false (0+1i) {[(0+0i) (0+0i)] (0+0i)} (0+0i) true
// c128
// (2-2i) (1+1i) true
