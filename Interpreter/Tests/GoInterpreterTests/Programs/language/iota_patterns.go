package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	_
	FlagD
)

const (
	a, b = iota, iota * 10
	c, d
	_, _
	e, f
)

const (
	x = "x"
	y
	z = iota
)

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
)

func main() {
	fmt.Println(Sunday, Tuesday, Monday+1, int(Tuesday))
	fmt.Printf("%v %v %08b %T\n", FlagA, FlagD, FlagA|FlagB|FlagD, FlagD)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Println(KB, MB)
}

// Output:
// Sun Tue Tue 2
// 1 8 00001011 main.Flags
// 0 0 1 10 3 30
// x x 2
// 1024 1.048576e+06
