package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }
type NamedShape interface {
	Shape
	Named
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (r *Rect) Scale(k float64) { r.W *= k; r.H *= k }

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
	X int
}
type D struct {
	A
	B
}

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	area := Shape.Area
	fmt.Println(area(Rect{2, 3}))
	var ns NamedShape = Rect{1, 1}
	var s Shape = ns
	n, ok := s.(Named)
	fmt.Println(n.Name(), ok)
	_, isPtr := s.(*Rect)
	fmt.Println(isPtr)
	r := &Rect{1, 2}
	s = r
	r.Scale(2)
	fmt.Println(s.Area())
	scale := (*Rect).Scale
	scale(r, 0.5)
	fmt.Println(*r)

	c := C{A{1}, B{2}, 3}
	fmt.Println(c.X, c.A.X, c.B.X)
	d := D{A{1}, B{2}}
	fmt.Println(d.A.X + d.B.X)

	var x, y any = Rect{1, 1}, &Rect{1, 1}
	fmt.Println(x == y, x == any(Rect{1, 1}))

	data, _ := io.ReadAll(upper{strings.NewReader("hello reader")})
	fmt.Println(string(data))
	var w io.Writer = &strings.Builder{}
	fmt.Fprint(w, "x", 1)
	_, isStringer := w.(fmt.Stringer)
	fmt.Println(w.(*strings.Builder).String(), isStringer)
}

// Output:
// 6
// rect true
// false
// 8
// {1 2}
// 3 1 2
// 3
// false true
// HELLO READER
// x1 true
