package main

import "fmt"

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
)

var order []string

func f(name string, v int) int {
	order = append(order, name)
	return v
}

func init() {
	order = append(order, "init1")
}

func init() {
	order = append(order, "init2")
}

type weekday int

const (
	sunday weekday = iota
	monday
	tuesday
	_
	thursday
)

const (
	_  = iota
	kb = 1 << (10 * iota)
	mb
	gb
)

const (
	x0, y0 = iota, iota * 10
	x1, y1
	x2, y2
)

const (
	first = "a"
	second
	third = iota
	fourth
)

type flag uint8

const (
	flagA flag = 1 << iota
	flagB
	flagC
)

func (d weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

func main() {
	fmt.Println(order, a, b, c)
	fmt.Println(sunday, monday, thursday, int(thursday))
	fmt.Printf("%d %v %T\n", tuesday, tuesday, tuesday)
	fmt.Println(kb, mb, gb)
	fmt.Println(x0, y0, x1, y1, x2, y2)
	fmt.Println(first, second, third, fourth)
	fmt.Println(flagA, flagB, flagC, flagA|flagC, flagC&^flagC)
	const big = 1 << 62
	const typed int64 = big >> 60
	fmt.Println(typed, big/(1<<61), 'a'+1, string(rune('a'+1)))
	const pi = 3.14159
	var f32 float32 = pi
	fmt.Println(pi*2, f32, 10/4, 10/4.0, 10.0/4)
}

// Output:
// [b c init1 init2] 11 10 22
// Sun Mon Thu 4
// 2 Tue main.weekday
// 1024 1048576 1073741824
// 0 0 1 10 2 20
// a a 2 3
// 1 2 4 5 0
// 4 2 98 b
// 6.28318 3.14159 2 2.5 2.5
