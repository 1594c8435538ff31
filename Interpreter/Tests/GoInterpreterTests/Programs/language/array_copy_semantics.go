package main

import "fmt"

type Grid [2][3]int

func mutate(g Grid) Grid {
	g[0][0] = 99
	return g
}

func mutatePtr(g *Grid) { g[1][2] = 7 }

func main() {
	var a [2][3]int
	a[0] = [3]int{1, 2, 3}
	b := a // deep copy of the nested arrays
	b[0][1] = 20
	row := a[0]
	row[2] = 30
	fmt.Println(a, b, row)

	g := Grid(a)
	h := mutate(g)
	fmt.Println(g[0][0], h[0][0])
	mutatePtr(&g)
	fmt.Println(g)

	s := a[:] // slices share the array's rows
	s[1][0] = 5
	fmt.Println(a[1])

	rows := [][3]int{a[0], a[1]}
	rows[0][0] = -1
	fmt.Println(a[0][0], rows[0][0])

	for i, r := range a { // range copies the array being ranged over
		a[1][1] = 42
		r[0] = 100
		if i == 1 {
			fmt.Println(r, a[1])
		}
	}

	type holder struct{ arr [2]int }
	h1 := holder{[2]int{1, 2}}
	h2 := h1
	h2.arr[0] = 9
	m := map[string][2]int{"k": {1, 1}}
	v := m["k"]
	v[0] = 5
	fmt.Println(h1, h2, m, v)
}

// Output:
// [[1 2 3] [0 0 0]] [[1 20 3] [0 0 0]] [1 2 30]
// 1 99
// [[1 2 3] [0 0 7]]
// [5 0 0]
// 1 -1
// [100 0 0] [5 42 0]
// {[1 2]} {[9 2]} map[k:[1 1]] [5 1]
