package main

import (
	"errors"
	"fmt"
)

type point struct {
	X, Y int
}

type line struct {
	From, To *point
	Label    string
	tags     []string
	meta     map[string]any
}

type color int

const (
	red color = iota
	green
)

func (c color) String() string { return [...]string{"red", "green"}[c] }

type wrapper struct {
	C   color
	Err error
}

// Go's fmt cannot call methods through unexported fields: they print raw.
type hidden struct {
	c     color
	Shown color
	list  []color
}

func main() {
	p := point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%T\n", pp, pp, pp)
	l := line{From: &point{0, 0}, Label: "l", tags: []string{"a"}, meta: map[string]any{"k": 1, "b": "x"}}
	fmt.Printf("%v\n%+v\n", l.tags, l.meta)
	fmt.Printf("%#v %#v %#v\n", []int{1}, map[string]bool{"t": true}, "q")
	fmt.Printf("%v %d %s %q %x\n", green, green, green, green, green)
	fmt.Printf("%v %+v\n", wrapper{red, errors.New("e")}, wrapper{green, nil})
	fmt.Printf("%v %+v\n", hidden{green, green, []color{red}}, []hidden{{c: red}})
	fmt.Printf("%T %T %T %T %T %T\n", 'a', 1.0, 1, "s", nil, []any{1})
	var x any = 1 << 10
	var y any = 2.0 * 3
	fmt.Printf("%v %T %v %T\n", x, x, y, y)
	fmt.Printf("[%5d] [%-5d] [%05d] [%x] [%X] [%o] [%b] [%c] [%U]\n", 42, 42, 42, 255, 255, 8, 5, 'λ', 'λ')
	fmt.Printf("[%8.3f] [%-8.2f] [%e] [%g] [%g] [%.0f] [%+d]\n", 3.14159, 2.5, 123456.789, 1e21, 0.000001, 2.5, 3)
	fmt.Printf("[%10s] [%-10s] [%.2s] [%q] [%x] [% x] [%5.1q]\n", "hi", "hi", "hello", "a\"b", "hi", "hi", "abc")
	fmt.Printf("[%t] [%v] [%p] [%s]\n", true, nil, nil, []string{"a", "b"})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n")
	fmt.Printf("%d %%\n", 5)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	fmt.Printf("%v %v\n", [2]bool{true}, struct {
		A int
		B []int
	}{1, nil})
	fmt.Printf("%6.2v|%v|%v\n", 3.14159, float32(0.1), 1e6)
	fmt.Printf("%v %v %v\n", int8(-5), uint64(18446744073709551615), uintptr(10))
	var np *point
	var ne error
	fmt.Printf("%v %v %+v\n", np, ne, []*point{nil})
}

// Output:
// {1 2}|{X:1 Y:2}|main.point{X:1, Y:2}|main.point
// &{1 2}|&{X:1 Y:2}|*main.point
// [a]
// map[b:x k:1]
// []int{1} map[string]bool{"t":true} "q"
// green 1 green "green" 677265656e
// {red e} {C:green Err:<nil>}
// {1 green [0]} [{c:0 Shown:red list:[]}]
// int32 float64 int string <nil> []interface {}
// 1024 int 6 float64
// [   42] [42   ] [00042] [ff] [FF] [10] [101] [λ] [U+03BB]
// [   3.142] [2.50    ] [1.234568e+05] [1e+21] [1e-06] [2] [+3]
// [        hi] [hi        ] [he] ["a\"b"] [6869] [68 69] [  "a"]
// [true] [<nil>] [%!p(<nil>)] [[a b]]
// %!d(string=str) %!s(int=5)
// %!d(MISSING)
// 1 2
// %!(EXTRA int=3)%!!(MISSING)
// 5 %
// a1 2bc3.5 <nil> x 1
// 
// [true false] {1 []}
//    3.1|0.1|1e+06
// -5 18446744073709551615 10
// <nil> <nil> [<nil>]
