package main

import (
	"errors"
	"fmt"
)

type P struct {
	A int
	B string
	C []int
	D map[string]int
	E *int
	F any
	G error
}

type S string

func (s S) String() string { return "S(" + string(s) + ")" }

func main() {
	p := P{A: 1, B: "x", C: []int{1}, D: map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n%#v\n", p, p, p)
	fmt.Printf("%v %+v\n", &p.A == nil, &P{A: 2})
	var np *P
	var ns []int
	var nm map[string]int
	var ne error
	fmt.Println(np, ns, nm, ne)
	fmt.Printf("%#v %#v %#v %#v\n", ns, nm, ne, []string{"a"})
	fmt.Printf("%d %x %6.2f %q\n", []int{1, 20}, []int{255, 16}, []float64{1, 2.345}, []string{"a", "b"})
	fmt.Println([]error{errors.New("e1"), nil}, []S{"a"}, map[S]int{"k": 1})
	fmt.Printf("%s %v %d\n", S("x"), S("y"), 42)
	fmt.Printf("%T %T %T %T %T\n", p, &p, ns, nm, func(int) string { return "" })
	fmt.Printf("%T %T %T\n", make(chan int), make(<-chan bool), [3]S{})
	fmt.Printf("%v %s|\n", struct{ X, y int }{1, 2}, []byte(nil))
	fmt.Printf("%08.3f|%+d|%x|%o|%b|%#x|%#o\n", 3.14159, 5, -255, 8, 5, 255, 8)
	fmt.Printf("%t %v %p\n", true, false, nil)
	fmt.Printf("%!|%z|%d\n", 1)
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Println(fmt.Sprintf("%[2]d %[1]d", 1, 2), fmt.Sprintf("%*d|%-*d|", 4, 7, 3, 8))
}

// Output:
// {1 x [1] map[k:1] <nil> <nil> <nil>}
// {A:1 B:x C:[1] D:map[k:1] E:<nil> F:<nil> G:<nil>}
// main.P{A:1, B:"x", C:[]int{1}, D:map[string]int{"k":1}, E:(*int)(nil), F:interface {}(nil), G:error(nil)}
// false &{A:2 B: C:[] D:map[] E:<nil> F:<nil> G:<nil>}
// <nil> [] map[] <nil>
// []int(nil) map[string]int(nil) <nil> []string{"a"}
// [1 20] [ff 10] [  1.00   2.35] ["a" "b"]
// [e1 <nil>] [S(a)] map[S(k):1]
// S(x) S(y) 42
// main.P *main.P []int map[string]int func(int) string
// chan int <-chan bool [3]main.S
// {1 2} |
// 0003.142|+5|-ff|10|101|0xff|010
// true false %!p(<nil>)
// %!!(int=1)|%!z(MISSING)|%!d(MISSING)
// 1 2
// %!(EXTRA int=3)2 1    7|8  |
