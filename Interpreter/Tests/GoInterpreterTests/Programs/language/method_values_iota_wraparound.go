package main

import (
	"fmt"
	"strings"
)

type Animal interface{ Sound() string }
type Named interface {
	Animal
	Name() string
}
type Dog struct{ name string }

func (d Dog) Sound() string  { return "woof" }
func (d *Dog) Name() string  { return d.name }
func (d *Dog) Rename(n string) { d.name = n }

const (
	A = iota * 10
	B
	_
	D
	E = "e"
	F
	G = iota
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon"}[d] }

func main() {
	defer fmt.Println()
	d := &Dog{"rex"}
	var n Named = d
	f := d.Rename
	f("max")
	fmt.Println(n.Name(), n.Sound())
	g := (*Dog).Name
	fmt.Println(g(d), Dog.Sound(*d))
	fmt.Println(A, B, D, E, F, G, Monday, Sunday+1)
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y, -7/2, -7%2, 7>>1, -7>>1, 1<<62>>60, ^0, uint32(1)<<31)
	fl := -3.9
	fmt.Println(int(fl), int64(fl+7.89), uint8(int(-1)&0xff), string(rune(65)), strings.ToUpper(string([]byte{104, 105})))
	a1, a2 := [3]int{1, 2, 3}, [3]int{1, 2, 3}
	a3 := a1
	a3[0] = 9
	fmt.Println(a1 == a2, a1 == a3, a1, a3)
	type pt struct{ X, Y int }
	m := map[pt]string{{1, 2}: "a"}
	fmt.Println(m[pt{1, 2}], pt{1, 2} == pt{1, 2})
	for i := 0; i < 3; i++ {
		defer func(i int) { fmt.Print("d", i, " ") }(i)
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, ";")
		}
	}
	fmt.Println()
	switch v := 2; v {
	case 2:
		fmt.Print("two ")
		fallthrough
	case 3:
		fmt.Print("three ")
	case 4:
		fmt.Print("four")
	}
	fmt.Println()
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3:4]
	t = append(t, 10)
	t = append(t, 11)
	fmt.Println(s, t, len(t), cap(t) >= 4)
	var iface interface{} = d
	if nm, ok := iface.(Named); ok {
		fmt.Println("named", nm.Name())
	}
	if _, ok := iface.(Dog); !ok {
		fmt.Println("not a Dog value")
	}
}

// Output:
// max woof
// max woof
// 0 10 30 e e 6 Mon Mon
// 4 -128 -3 -1 3 -4 4 -1 2147483648
// -3 3 255 A HI
// true false [1 2 3] [9 2 3]
// a true
// 0 0;1 0;
// two three 
// [1 2 3 10 5] [2 3 10 11] 4 true
// named max
// not a Dog value
// d2 d1 d0 
