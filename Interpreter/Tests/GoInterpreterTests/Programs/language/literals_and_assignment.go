package main

import "fmt"

type Pt struct{ X, Y int }

type Named struct {
	Pt
	Name string
}

func two() (int, string) { return 1, "one" }

func main() {
	x := []int{1, 2, 3}
	for i := range x { // the range length is fixed before the loop starts
		x = append(x, i)
	}
	fmt.Println(len(x), x)

	pts := []Pt{{1, 2}, {3, 4}}
	for _, p := range pts {
		p.X = 100 // p is a copy
	}
	for i := range pts {
		pts[i].Y *= 10
	}
	fmt.Println(pts)

	m := map[string]int{}
	var s string
	m["k"], s = two()
	_, s2 := two()
	fmt.Println(m, s, s2)

	n := Named{Pt{1, 2}, "n"}
	n.X = 5
	fmt.Printf("%v %+v\n", n, n)

	a := struct {
		A int
		B string
	}{1, "b"}
	type AB struct {
		A int
		B string
	}
	var ab AB = a // identical underlying types, one side unnamed
	fmt.Println(ab == AB(a), ab)

	var fn func()
	fmt.Println(fn == nil)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Println(len(arr), arr, arr[1] == "")
	sl := []int{5: 1, 2}
	fmt.Println(len(sl), sl)
	mm := map[Pt]string{{1, 2}: "a", {X: 3}: "b"}
	fmt.Println(mm)
	pp := []*Pt{{1, 1}, {2, 2}}
	fmt.Println(*pp[1])
}

// Output:
// 6 [1 2 3 0 1 2]
// [{1 20} {3 40}]
// map[k:1] one one
// {{5 2} n} {Pt:{X:5 Y:2} Name:n}
// true {1 b}
// true
// 3 [a  c] true
// 7 [0 0 0 0 0 1 2]
// map[{1 2}:a {3 0}:b]
// {2 2}
