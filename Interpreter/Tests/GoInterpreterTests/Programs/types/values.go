package main

import "fmt"

type Grid struct {
	cells [3]int
	name  string
}

type Item struct{ n int }

func bump(g Grid) Grid {
	g.cells[0] = 100
	return g
}

func main() {
	var g Grid
	g.cells[1] = 5
	h := bump(g)
	fmt.Println(g.cells, h.cells)
	arr := [3]int{1, 2, 3}
	p := &arr[1]
	*p = 7
	fmt.Println(arr)
	m := map[string]Item{"a": {1}}
	v := m["a"]
	v.n = 9
	fmt.Println(m["a"].n, v.n)
	items := []Item{{1}, {2}}
	for _, it := range items {
		it.n *= 10
	}
	for i := range items {
		items[i].n += 1
	}
	fmt.Println(items)
	counter := Item{}
	inc := func() { counter.n++ }
	inc()
	inc()
	fmt.Println(counter.n)
	var b byte = 255
	b++
	x := uint32(1) << 31
	x <<= 1
	var i8 int8 = -128
	neg := int8(-1)
	fmt.Println(b, x, -8>>1, i8/neg)
	total := 0
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue
		case i > 6:
			break
		default:
			total += i
		}
	}
	fmt.Println(total)
	fmt.Printf("%6.2f|%-8s|%08.3f|%+d\n", 3.14159, "ab", -3.5, 5)
	ptrs := []*Item{{1}, {2}}
	for _, q := range ptrs {
		q.n *= 3
	}
	fmt.Println(ptrs[0].n, ptrs[1].n, *ptrs[1])
	type Matrix [2][2]int
	mm := Matrix{{1, 2}, {3, 4}}
	mm2 := mm
	mm2[0][0] = 9
	fmt.Println(mm, mm2, mm == Matrix{{1, 2}, {3, 4}})
}

// Output:
// [0 5 0] [100 5 0]
// [1 7 3]
// 1 9
// [{2} {3}]
// 2
// 0 0 -4 -128
// 9
//   3.14|ab      |-003.500|+5
// 3 6 {6}
// [[1 2] [3 4]] [[9 2] [3 4]] true
