package main

import (
	"fmt"
	"math"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	ys := []int{4, 1, 3}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	fmt.Println(ys, sort.IsSorted(sort.IntSlice(ys)), sort.IsSorted(sort.Reverse(sort.IntSlice(ys))))
	fmt.Println(sort.IntsAreSorted([]int{1, 1, 2}), sort.StringsAreSorted([]string{"b", "a"}), sort.IntsAreSorted(nil))
	fs := []float64{3, math.NaN(), 1, math.Inf(-1)}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	fmt.Println(sort.SearchStrings([]string{"a", "c"}, "b"), sort.SearchFloat64s([]float64{1.5, 2.5}, 9))
	s := sort.StringSlice{"pear", "fig", "apple"}
	s.Sort()
	fmt.Println(s, s.Len(), s.Less(0, 1), s.Search("fig"))
	words := byLen{"ccc", "a", "bb"}
	sort.Sort(sort.Reverse(words))
	fmt.Println(words)
	xs := []int{3, 1}
	fmt.Println(sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))
}

// Output:
// [4 3 1] false true
// true false true
// [NaN -Inf 1 3] true
// 1 2
// [apple fig pear] 3 true 1
// [ccc bb a]
// false
