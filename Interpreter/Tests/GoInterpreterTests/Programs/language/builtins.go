package main

import (
	"fmt"
	"math"
)

type celsius float64

func main() {
	nan := math.NaN()
	x, y := 1.5, -2.0
	fmt.Println(max(x, nan, y), min(nan, x), max(x, y), min(x, y, 0.5))
	fmt.Println(max(3, 7, 5), min("b", "a", "c"), max(celsius(3), 4), min(uint8(200), 100))
	const c = max(1, 2.5, 2)
	fmt.Printf("%v %T\n", c, c)

	s := make([]int, 3, 8)
	arr := [5]int{}
	pa := &arr
	ch := make(chan string, 4)
	ch <- "a"
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(s), cap(s), len(arr), cap(arr), len(pa), cap(pa), len(ch), cap(ch), len(m), len("héllo"))
	const k = len([3]int{})
	fmt.Println(k)

	delete(m, 1)
	delete(m, 42)
	var nilMap map[string]int
	delete(nilMap, "x")
	fmt.Println(m, len(nilMap))

	n := copy(s, []int{7, 8, 9, 10})
	fmt.Println(n, s)
	s = append(s[:1], s[2:]...)
	fmt.Println(s, len(s), cap(s))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
	clear(s)
	fmt.Println(s)

	p := new(int)
	*p = 4
	q := new([2]string)
	q[1] = "x"
	fmt.Println(*p, *q, len(q))
}

// Output:
// NaN NaN 1.5 -2
// 7 a 4 100
// 2.5 float64
// 3 8 5 5 5 5 1 4 2 6
// 3
// map[2:2] 0
// 3 [7 8 9]
// [7 9] 2 8
// abcd
// [0 0]
// 4 [ x] 2
