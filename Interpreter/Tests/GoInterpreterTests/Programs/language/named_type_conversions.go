package main

import "fmt"

type MyBool bool
type Celsius float64
type Fahrenheit float64
type IntSlice []int
type Handler func(string) string

func (s IntSlice) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func (h Handler) Twice(s string) string { return h(h(s)) }

func main() {
	var b MyBool = 1 < 2
	fmt.Printf("%T %v\n", b, b)
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Printf("%T %v\n", f, f)
	s := IntSlice([]int{1, 2, 3})
	fmt.Println(s.Sum(), IntSlice{4}.Sum(), len(s[1:]))
	var plain []int = s
	fmt.Println(plain)
	h := Handler(func(x string) string { return x + "!" })
	fmt.Println(h.Twice("hi"))
	type Point struct{ X, Y int }
	type Vec Point
	v := Vec(Point{1, 2})
	fmt.Printf("%T %+v\n", v, v)
	var p *Point = (*Point)(&v)
	p.X = 10
	fmt.Println(v.X)
	var e interface{ Sum() int } = s
	fmt.Println(e.Sum())
}

// Output:
// main.MyBool true
// main.Fahrenheit 212
// 6 4 2
// [1 2 3]
// hi!!
// main.Vec {X:1 Y:2}
// 10
// 6
