package main

import "fmt"

type Inner struct{ X, Y int }

type Outer struct {
	Name string
	In   Inner
	P    *Inner
	M    map[string]int
	S    []string
}

func main() {
	o := Outer{Name: "a", In: Inner{1, 2}, M: map[string]int{"b": 2, "a": 1}, S: []string{"x"}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%#v\n", o)
	fmt.Printf("%T|%T|%T|%T\n", o, o.P, o.M, o.S)
	p := &Inner{3, 4}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	arr := [2]Inner{{1, 2}}
	fmt.Printf("%v|%#v\n", arr, arr)
}

// Output:
// {a {1 2} <nil> map[a:1 b:2] [x]}
// {Name:a In:{X:1 Y:2} P:<nil> M:map[a:1 b:2] S:[x]}
// main.Outer{Name:"a", In:main.Inner{X:1, Y:2}, P:(*main.Inner)(nil), M:map[string]int{"a":1, "b":2}, S:[]string{"x"}}
// main.Outer|*main.Inner|map[string]int|[]string
// &{3 4}|&{X:3 Y:4}|&main.Inner{X:3, Y:4}|*main.Inner
// [{1 2} {0 0}]|[2]main.Inner{main.Inner{X:1, Y:2}, main.Inner{X:0, Y:0}}
