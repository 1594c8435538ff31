package main

import (
	"fmt"
	"strings"
	"time"
)

type Key struct {
	A string
	B int
}

type Node struct {
	Val  int
	Next *Node
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) string { return l.prefix + s }

type Service struct {
	*Logger
	Name string
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a), cap(b))
	d := a[1:2:3]
	fmt.Println(len(d), cap(d))
	var grow []int
	caps := []int{}
	for i := 0; i < 10; i++ {
		grow = append(grow, i)
		caps = append(caps, cap(grow))
	}
	fmt.Println(caps)
	n := copy(a, []int{7, 8, 9, 10})
	fmt.Println(n, a)
	m := map[Key]int{{"x", 1}: 10}
	m[Key{"x", 1}] += 5
	fmt.Println(m[Key{"x", 1}], len(m))
	nested := map[string][]string{}
	nested["a"] = append(nested["a"], "1", "2")
	fmt.Println(nested, len(nested["missing"]))
	var list *Node
	for i := 3; i > 0; i-- {
		list = &Node{i, list}
	}
	for p := list; p != nil; p = p.Next {
		fmt.Print(p.Val, " ")
	}
	fmt.Println()
	copyNode := *list
	copyNode.Val = 99
	fmt.Println(list.Val, copyNode.Next == list.Next)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1][0] = 30
	fmt.Println(grid, len(grid[0]))
	s := Service{&Logger{"[svc] "}, "api"}
	fmt.Println(s.Log("start"))
	logf := s.Log
	fmt.Println(logf("bound"))
	fmt.Printf("%v %+v\n", &Key{"k", 2}, &Node{Val: 1})
	fmt.Println(2*time.Second, 1500*time.Millisecond, time.Duration(90)*time.Minute)
	var x int32 = 1 << 30
	x *= 4
	fmt.Println(x, string(rune(65)), strings.Repeat("=", 3))
	fib := func(int) int { return 0 }
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	fmt.Println(fib(15))
	bs := []byte("hello")
	bs[0] = 'H'
	fmt.Println(string(bs), bs[1:3])
	var iface any = Key{"z", 0}
	fmt.Println(iface == Key{"z", 0}, iface)
}

// Output:
// 5 5 3 10
// 1 2
// [1 2 4 4 8 8 8 8 16 16]
// 3 [7 8 9]
// 15 1
// map[a:[1 2]] 0
// 1 2 3 
// 1 true
// [[1 2] [30 4]] 2
// [svc] start
// [svc] bound
// &{k 2} &{Val:1 Next:<nil>}
// 2s 1.5s 1h30m0s
// 0 A ===
// 610
// Hello [101 108]
// true {z 0}
