package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }
func (p *Point) Move(dx int) { p.X += dx }

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

func main() {
	s := []int{3, 1, 2}
	s = append(s, 5)
	sort.Ints(s)
	fmt.Println(s, len(s), cap(s))
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	fmt.Println(m, len(m))
	p := Point{1, 2}
	q := p
	q.X = 10
	p.Move(5)
	fmt.Println(p, q, p.Sum())
	pp := &p
	pp.Move(1)
	fmt.Printf("%v %+v %d\n", p, *pp, pp.X)
	var sh Shape = Rect{2, 3}
	fmt.Println(sh.Area())
	if r, ok := sh.(Rect); ok {
		fmt.Println("rect", r.W)
	}
	words := strings.Fields(" a b  c ")
	fmt.Println(strings.Join(words, ","), len(words))
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	b := arr
	b[0] = 9
	fmt.Println(arr, b)
	switch x := len(s); {
	case x > 3:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell")
	default:
		fmt.Println("no")
	}
}

// Output:
// [1 2 3 5] 4 6
// map[a:1 b:2 c:3] 3
// {6 2} {10 2} 8
// {7 2} {X:7 Y:2} 7
// 6
// rect 2
// a,b,c 3
// 0 1 2 
// [1 2 3] [9 2 3]
// big
// fell
