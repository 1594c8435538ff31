package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1) // fits in capacity: shares base's array
	b := append(base, 2) // overwrites the same slot
	fmt.Println(a[3], b[3], len(base), cap(a))

	full := []int{1, 2, 3}
	c := append(full, 4) // reallocates
	c[0] = 100
	fmt.Println(full[0], c[0])

	s := []int{0, 1, 2, 3, 4, 5}
	copy(s[2:], s) // overlapping copy behaves like memmove
	fmt.Println(s)
	s = []int{0, 1, 2, 3, 4, 5}
	n := copy(s, s[3:])
	fmt.Println(n, s)

	lim := s[1:3:4]
	fmt.Println(len(lim), cap(lim))
	lim = append(lim, 9) // within the 3-index capacity: writes s[3]
	lim = append(lim, 8) // beyond it: new array
	lim[0] = -1
	fmt.Println(s, lim)

	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(append(nilSlice, empty...)), append(nilSlice, empty...) == nil)

	bs := []byte("hello")
	n = copy(bs[1:], "EY")
	fmt.Println(n, string(bs))
}

// Output:
// 2 2 3 10
// 1 100
// [0 1 0 1 2 3]
// 3 [3 4 5 3 4 5]
// 2 3
// [3 4 5 9 4 5] [-1 5 9 8]
// true false 0 true
// 2 hEYlo
