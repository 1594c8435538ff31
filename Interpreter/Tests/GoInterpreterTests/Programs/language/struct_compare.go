package main

import "fmt"

type Inner struct {
	A int
	B string
}

type Outer struct {
	In  Inner
	Arr [2]float64
	P   *int
	I   any
}

func main() {
	x, y := 1, 1
	a := Outer{Inner{1, "x"}, [2]float64{1, 2}, &x, "s"}
	b := Outer{Inner{1, "x"}, [2]float64{1, 2}, &x, "s"}
	fmt.Println(a == b)
	b.P = &y // equal values, different pointers
	fmt.Println(a == b, *a.P == *b.P)
	b.P = &x
	b.I = 1
	fmt.Println(a == b)
	b.I = "s"
	b.Arr[1] = 3
	fmt.Println(a == b, a.Arr == [2]float64{1, 2})

	type pair struct{ f float64 }
	nan := 0.0
	nan = nan / nan
	fmt.Println(pair{nan} == pair{nan}, [1]float64{-0.0} == [1]float64{0})

	var e1, e2 any = Inner{1, "x"}, Inner{1, "x"}
	fmt.Println(e1 == e2)
	defer func() { fmt.Println("recovered:", recover()) }()
	var s1, s2 any = []int{1}, []int{1}
	fmt.Println(s1 == s2)
}

// Output:
// true
// false true
// false
// false true
// false true
// true
// recovered: runtime error: comparing uncomparable type []int
