package main

import "fmt"

type grid [2][2]int

func modifyArray(a [3]int) { a[0] = 100 }

func modifySlice(s []int) { s[0] = 100 }

func modifyArrayPointer(a *[3]int) { a[0] = 100 }

func main() {
	// Arrays are values: assignment and calls copy them.
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	modifyArray(a)
	fmt.Println(a, b, a == [3]int{1, 2, 3}, a != b)
	modifyArrayPointer(&a)
	fmt.Println(a)
	g := grid{{1, 2}, {3, 4}}
	h := g
	h[1][1] = 40
	fmt.Println(g, h, len(g), len(g[0]))
	idx := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", idx, len(idx))

	// Slices share their backing array.
	s := []int{1, 2, 3, 4, 5}
	t := s[1:3]
	t[0] = 20
	modifySlice(s[3:])
	fmt.Println(s, t, len(t), cap(t))
	t = append(t, 30)
	fmt.Println(s, t)
	u := s[1:2:3]
	u = append(u, 31)
	u = append(u, 32)
	u[0] = -1
	fmt.Println(s, u, len(u), cap(u))

	// Slicing an array aliases it.
	arr := [4]string{"w", "x", "y", "z"}
	view := arr[1:3]
	view[1] = "Y"
	fmt.Println(arr, view, cap(view))
	p := &arr
	ps := p[:2]
	ps[0] = "W"
	fmt.Println(arr[0], len(p), p[3])

	// copy returns the number copied and handles overlap.
	c := []int{1, 2, 3, 4, 5}
	n := copy(c[1:], c)
	fmt.Println(n, c)
	n = copy(c, []int{7})
	fmt.Println(n, c)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))

	// nil and empty slices.
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), cap(empty), nilSlice[:0] == nil, fmt.Sprint(nilSlice), fmt.Sprint(empty))
	for range nilSlice {
		fmt.Println("never")
	}
	nilSlice = append(nilSlice, 1)
	fmt.Println(nilSlice)

	// make with length and capacity; full slice expressions.
	m := make([]int, 2, 10)
	fmt.Println(len(m), cap(m), len(m[:5]), cap(m[2:]), cap(m[2:4:6]))

	// Slice to array conversion (Go 1.20) copies; to array pointer aliases.
	src := []int{1, 2, 3, 4}
	arr2 := [4]int(src)
	arr2[0] = 100
	ptr := (*[4]int)(src)
	ptr[1] = 200
	fmt.Println(src, arr2, *ptr)
	first2 := [2]int(src)
	fmt.Println(first2)

	// Multi-dimensional slices and ranging with index only / value copies.
	matrix := make([][]int, 3)
	for i := range matrix {
		matrix[i] = make([]int, i+1)
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	vals := []struct{ n int }{{1}, {2}}
	for _, v := range vals {
		v.n *= 10
	}
	for i := range vals {
		vals[i].n += 1
	}
	fmt.Println(vals)

	// Range over an array evaluates a copy; over a pointer to an array, the original.
	nums := [3]int{1, 2, 3}
	for i, v := range nums {
		nums[2] = 10
		if i == 2 {
			fmt.Println("copy:", v)
		}
	}
	nums = [3]int{1, 2, 3}
	for i, v := range &nums {
		nums[2] = 10
		if i == 2 {
			fmt.Println("pointer:", v)
		}
	}
	// Range over an integer (Go 1.22).
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
}

// Output:
// [1 2 3] [9 2 3] true true
// [100 2 3]
// [[1 2] [3 4]] [[1 2] [3 40]] 2 2
// ["a" "" "c"] 3
// [1 20 3 100 5] [20 3] 2 4
// [1 20 3 30 5] [20 3 30]
// [1 20 31 30 5] [-1 31 32] 3 4
// [w x Y z] [x Y] 3
// W 4 z
// 4 [1 1 2 3 4]
// 1 [7 1 2 3 4]
// 3 hel
// true false 0 0 true [] []
// [1]
// 2 10 5 8 4
// [1 200 3 4] [100 2 3 4] [1 200 3 4]
// [1 200]
// [[0] [0 1] [0 2 4]]
// [{2} {3}]
// copy: 3
// pointer: 10
// 0 1 2 
