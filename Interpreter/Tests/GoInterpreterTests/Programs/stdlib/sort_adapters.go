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
	xs := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs, sort.IntsAreSorted(xs))
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Len(), ss.Less(0, 1), sort.StringsAreSorted(ss))
	fs := []float64{2, math.NaN(), -1}
	sort.Float64Slice(fs).Sort()
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	words := byLen{"ccc", "a", "bb"}
	fmt.Println(sort.IsSorted(words))
	sort.Sort(sort.Reverse(words))
	fmt.Println(words, sort.IsSorted(sort.Reverse(words)))
	var data sort.Interface = sort.IntSlice{5, 4}
	data.Swap(0, 1)
	fmt.Println(data, data.Less(0, 1))
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.IntSlice(xs).Swap(0, 3)
}

// Output:
// [3 2 1] false
// [a b c] 3 true true
// [NaN -1 2] true
// false
// [ccc bb a] true
// [4 5] true
// recovered: runtime error: index out of range [3] with length 3
