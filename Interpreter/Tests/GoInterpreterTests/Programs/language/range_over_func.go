package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func pairs(words ...string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func firstLong(words []string) (string, int) {
	for i, w := range slices.All(words) {
		if len(w) > 3 {
			return strings.ToUpper(w), i
		}
	}
	return "", -1
}

func named() (total int) {
	for v := range count(10) {
		total += v
		if v == 4 {
			return
		}
	}
	return -1
}

func nestedFind(grid [][]int, target int) (int, int, bool) {
	for i, row := range slices.All(grid) {
		for j, v := range slices.All(row) {
			if v == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

type tree struct {
	left, right *tree
	val         int
}

func (t *tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.left.walk(yield) && yield(t.val) && t.right.walk(yield)
}

func (t *tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

func main() {
	for i := range count(3) {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range count(10) {
		if i%2 == 0 {
			continue
		}
		if i > 5 {
			break
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, w := range pairs("a", "b", "c") {
		fmt.Print(i, "=", w, " ")
	}
	fmt.Println()
	n := 0
	for range count(4) {
		n++
	}
	fmt.Println(n)
	fmt.Println(firstLong([]string{"go", "is", "quite", "fun"}))
	fmt.Println(named())
	fmt.Println(nestedFind([][]int{{1, 2}, {3, 4}}, 4))

	m := map[string]int{"x": 1, "y": 2, "z": 3}
	keys := []string{}
	for k := range maps.Keys(m) {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	sum := 0
	for _, v := range maps.All(m) {
		sum += v
	}
	fmt.Println(keys, sum)

	// Closures created in the body capture per-iteration variables.
	var fs []func() int
	for v := range count(3) {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Labeled loops and outer variables assigned in the body.
	last := -1
outer:
	for v := range count(5) {
		for w := range count(5) {
			if w > v {
				continue outer
			}
			if v == 3 {
				break outer
			}
			last = v*10 + w
		}
	}
	fmt.Println("last", last)

	t := &tree{val: 2, left: &tree{val: 1}, right: &tree{val: 3}}
	for v := range t.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()

	var k int
	var s string
	for k, s = range pairs("p", "q") {
	}
	fmt.Println(k, s)

	// An iterator that ignores yield's false result panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	bad := func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
	for x := range bad {
		fmt.Println("got", x)
		break
	}
}

// Output:
// 0 1 2 
// 1 3 5   (stopped at 7 )
// 
// 0=a 1=b 2=c 
// 4
// QUITE 2
//   (stopped at 4 )
// 10
// 1 1 true
// [x y z] 6
// 0 10 20 
//   (stopped at 1 )
//   (stopped at 2 )
//   (stopped at 3 )
//   (stopped at 0 )
//   (stopped at 3 )
// last 22
// 1 2 3 
// 1 q
// got 1
// recovered: runtime error: range function continued iteration after function for loop body returned false
