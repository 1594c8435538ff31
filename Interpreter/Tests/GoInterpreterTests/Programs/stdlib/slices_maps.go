package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

type IDs []int

func main() {
	s := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Contains(s, 9), slices.Contains(s, 7), slices.Index(s, 1), slices.Index(s, 8))
	fmt.Println(slices.Max(s), slices.Min(s), slices.IndexFunc(s, func(v int) bool { return v > 4 }))
	fmt.Println(slices.ContainsFunc(s, func(v int) bool { return v%7 == 0 }))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s, slices.IsSorted(c), slices.IsSorted(s))
	i, found := slices.BinarySearch(c, 5)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(c, 7)
	fmt.Println(i, found)
	fmt.Println(slices.Compact(c), slices.Equal(s, c), slices.Equal([]int{}, nil))
	slices.Reverse(s)
	fmt.Println(s)
	fmt.Println(slices.Insert([]int{1, 2, 5}, 2, 3, 4), slices.Insert([]int{1}, 1, 2))
	fmt.Println(slices.Delete([]int{0, 1, 2, 3, 4}, 1, 3))
	d := []int{1, 2, 3, 4, 5, 6}
	e := slices.DeleteFunc(d, func(v int) bool { return v%2 == 0 })
	fmt.Println(e, d)
	fmt.Println(slices.Replace([]string{"a", "b", "c", "d"}, 1, 3, "X"))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int{}, []int{}))
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}), slices.Repeat([]string{"ab"}, 3))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, len(slices.Clip(g[:1:5])), cap(slices.Clip(g[:1:5])))

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}}
	slices.SortFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortStableFunc(people, func(a, b person) int { return strings.Compare(b.name, a.name) })
	fmt.Println(people)
	oldest := slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	youngest := slices.MinFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(oldest.name, youngest.name)
	j, ok := slices.BinarySearchFunc([]person{{"A", 1}, {"B", 5}, {"C", 9}}, 5, func(p person, t int) int { return cmp.Compare(p.age, t) })
	fmt.Println(j, ok)

	// A longer slice through the merge path, and a named slice type keeping its type.
	long := IDs{20, 3, 17, 8, 1, 19, 4, 15, 12, 6, 2, 11, 18, 5, 9, 14, 7, 13, 10, 16}
	slices.Sort(long)
	fmt.Printf("%v %T\n", long, long)
	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again today")
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Println(words)

	floats := []float64{2, math.NaN(), -1}
	slices.Sort(floats)
	fmt.Println(floats, slices.Max([]float64{1, math.NaN(), 3}))

	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Less(1.5, 2.5), cmp.Or("", "fallback", "x"), cmp.Or(0, 0))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	m2 := maps.Clone(m)
	fmt.Println(maps.Equal(m, m2))
	m2["d"] = 4
	fmt.Println(maps.Equal(m, m2), len(m), len(m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(m2)
	dst := map[string]int{"z": 26}
	maps.Copy(dst, m)
	fmt.Println(dst)
	fmt.Println(maps.EqualFunc(m, map[string]string{"a": "1", "b": "2", "c": "3"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	var nilMap map[string]int
	fmt.Println(maps.Clone(nilMap) == nil)
	collected := maps.Collect(slices.All([]string{"x", "y"}))
	fmt.Println(collected)
	for _, chunk := range slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)) {
		fmt.Print(chunk, len(chunk), cap(chunk), " ")
	}
	fmt.Println()
	back := []int{}
	slices.Backward([]int{1, 2, 3})(func(i, v int) bool {
		back = append(back, v)
		return i > 1
	})
	fmt.Println(back)

	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}

// Output:
// true false 1 -1
// 9 1 4
// false
// [1 1 2 3 4 5 6 9] [3 1 4 1 5 9 2 6] true false
// 5 true
// 7 false
// [1 2 3 4 5 6 9] false true
// [6 2 9 5 1 4 1 3]
// [1 2 3 4 5] [1 2]
// [0 3 4]
// [1 3 5] [1 3 5 0 0 0]
// [a X d]
// -1 1 0
// [1 2 3 4] [ab ab ab]
// 1 true 1 1
// [{Bob 25} {Dan 25} {Alice 30} {Carol 30}]
// [{Dan 25} {Carol 30} {Bob 25} {Alice 30}]
// Carol Dan
// 1 true
// [1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20] main.IDs
// [the fox the dog and over lazy quick brown jumps again again today]
// [NaN -1 2] NaN
// -1 1 true fallback 0
// [a b c]
// [1 2 3]
// true
// false 3 4
// map[a:1 c:3]
// map[a:1 b:2 c:3 z:26]
// true
// true
// map[0:x 1:y]
// [1 2] 2 2 [3 4] 2 2 [5] 1 1 
// [3 2]
// recovered: slices.Max: empty list
