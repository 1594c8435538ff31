package main

import (
	"fmt"
	"sort"
)

type entry struct{ hits int }

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["b"]
	fmt.Println(v, ok, len(m))
	m["b"]++ // zero value then increment
	fmt.Println(m)

	// Deleting during range is allowed; every remaining key is still visited once.
	nums := map[int]bool{}
	for i := 0; i < 20; i++ {
		nums[i] = true
	}
	visited := 0
	for k := range nums {
		visited++
		delete(nums, k)
		delete(nums, k^1)
	}
	fmt.Println(len(nums), visited <= 20, visited >= 10)

	// Maps are references: a copy of the map value shares the entries.
	alias := m
	alias["c"] = 3
	fmt.Println(len(m))

	// Struct values in maps are copies; store a pointer to update in place.
	byValue := map[string]entry{"x": {1}}
	e := byValue["x"]
	e.hits++
	fmt.Println(byValue["x"].hits, e.hits)
	byPointer := map[string]*entry{"x": {1}}
	byPointer["x"].hits++
	fmt.Println(byPointer["x"].hits)

	nested := map[string]map[string]int{}
	if nested["outer"] == nil {
		nested["outer"] = map[string]int{}
	}
	nested["outer"]["inner"] = 7
	fmt.Println(nested)

	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap))
	delete(nilMap, "x") // a no-op
	for range nilMap {
		fmt.Println("never")
	}
	clear(m)
	fmt.Println(len(m), m)
}

// Output:
// 0 false 1
// map[a:1 b:1]
// 0 true true
// 3
// 1 2
// 2
// map[outer:map[inner:7]]
// [a b c]
// 0 0
// 0 map[]
