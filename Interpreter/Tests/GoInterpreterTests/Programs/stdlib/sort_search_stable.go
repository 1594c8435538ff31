package main

import (
	"fmt"
	"sort"
)

type pair struct {
	k int
	v string
}

func main() {
	xs := []int{1, 3, 5, 7}
	fmt.Println(sort.SearchInts(xs, 5), sort.SearchInts(xs, 4), sort.SearchInts(xs, 8), sort.SearchInts(xs, 0))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, func(int) bool { return true }))
	ps := []pair{{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}, {0, "e"}, {2, "f"}}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].k < ps[j].k })
	fmt.Println(ps)
	ys := []int{4, 1, 3}
	sort.Slice(ys, func(i, j int) bool { return ys[i] > ys[j] })
	fmt.Println(ys)
	ss := []string{"b", "B", "a", "é", "A"}
	sort.Strings(ss)
	fmt.Println(ss)
	idx := sort.Search(len(ss), func(i int) bool { return ss[i] >= "a" })
	fmt.Println(idx, ss[idx])
}

// Output:
// 2 2 4 0
// 8 0
// [{0 e} {1 b} {1 d} {2 a} {2 c} {2 f}]
// [4 3 1]
// [A B a b é]
// 2 a
