package main

import "fmt"

type point struct{ x, y int }

func main() {
	// Capacities after append follow gc: doubling below 256 elements, then ~1.25x,
	// rounded up to the allocator's size classes for the element size.
	var b []byte
	var caps []int
	for i := 0; i < 40; i++ {
		b = append(b, 'x')
		if len(caps) == 0 || caps[len(caps)-1] != cap(b) {
			caps = append(caps, cap(b))
		}
	}
	fmt.Println("byte", caps)

	var n []int
	caps = nil
	for i := 0; i < 600; i++ {
		n = append(n, i)
		if len(caps) == 0 || caps[len(caps)-1] != cap(n) {
			caps = append(caps, cap(n))
		}
	}
	fmt.Println("int", caps)

	// Pointer-holding elements above 512 bytes also pay for the allocator's 8-byte header:
	// 64 strings (1024 bytes) need 1032, served by the 1152-byte class, so 71 fit.
	var s []string
	caps = nil
	for i := 0; i < 70; i++ {
		s = append(s, "")
		if len(caps) == 0 || caps[len(caps)-1] != cap(s) {
			caps = append(caps, cap(s))
		}
	}
	fmt.Println("string", caps)

	var p []point
	caps = nil
	for i := 0; i < 10; i++ {
		p = append(p, point{})
		if len(caps) == 0 || caps[len(caps)-1] != cap(p) {
			caps = append(caps, cap(p))
		}
	}
	fmt.Println("point", caps)

	fmt.Println(cap(append([]int{}, 1, 2, 3, 4, 5)), cap(append([]byte(nil), "hello, world"...)), cap(append(make([]int, 3, 3), 1)))
	fmt.Println(cap(append([]int32(nil), 1, 2, 3)), cap(append([]int64(nil), 1, 2, 3)), cap(append([]struct{}(nil), struct{}{}, struct{}{})))

	// Appending within capacity shares the backing array; beyond it copies.
	base := make([]int, 3, 4)
	a1 := append(base, 1)
	a2 := append(base, 2)
	fmt.Println(a1[3], a2[3], &a1[0] == &a2[0])
	a3 := append(a1, 9)
	a3[0] = 100
	fmt.Println(a1[0], a3[0], len(a3), cap(a3))

	// clear zeroes slice elements in place (and keeps the length).
	z := []point{{1, 2}, {3, 4}, {5, 6}}
	view := z[1:]
	clear(view)
	fmt.Println(z, len(view))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m == nil)
}

// Output:
// byte [8 16 32 64]
// int [1 2 4 8 16 32 64 128 256 512 848]
// string [1 2 4 8 16 32 71]
// point [1 2 4 8 16]
// 6 16 6
// 4 3 2
// 2 2 true
// 0 100 5 8
// [{1 2} {0 0} {0 0}] 2
// 0 false
