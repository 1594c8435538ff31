package main

import (
	"fmt"
	"sort"
)

type inner struct {
	tags [2]string
	n    int
}

type outer struct {
	name  string
	in    inner
	ptr   *inner
	list  []int
	attrs map[string]int
}

type key struct {
	host string
	port int
}

func main() {
	// Struct assignment copies nested structs and arrays, shares pointers, slices, maps.
	shared := &inner{n: 1}
	o1 := outer{name: "a", in: inner{tags: [2]string{"x", "y"}}, ptr: shared, list: []int{1}, attrs: map[string]int{"k": 1}}
	o2 := o1
	o2.name = "b"
	o2.in.tags[0] = "X"
	o2.in.n = 5
	o2.ptr.n = 2
	o2.list[0] = 10
	o2.attrs["k"] = 10
	fmt.Println(o1.name, o1.in, o1.ptr.n, o1.list, o1.attrs)
	fmt.Println(o2.name, o2.in, o2.ptr.n, o2.list, o2.attrs)

	// Comparable structs compare field by field; pointers by identity.
	k1, k2 := key{"h", 80}, key{"h", 80}
	fmt.Println(k1 == k2, &k1 == &k2, k1 != key{"h", 81})

	// Struct keys in maps.
	hits := map[key]int{}
	hits[k1]++
	hits[k2]++
	hits[key{"other", 1}] = 7
	fmt.Println(len(hits), hits[key{"h", 80}], hits[key{"missing", 0}])

	// Missing keys read the zero value; comma-ok tells them apart.
	ages := map[string]int{"ann": 0}
	v, ok := ages["ann"]
	w, ok2 := ages["bob"]
	fmt.Println(v, ok, w, ok2)

	// Map values are not addressable: replace whole struct values.
	people := map[string]inner{"p": {n: 1}}
	p := people["p"]
	p.n++
	people["p"] = p
	fmt.Println(people["p"].n)

	// Maps are references: passing one lets the callee modify it.
	add := func(m map[string]int) { m["new"] = 1 }
	add(ages)
	fmt.Println(len(ages))

	// Deleting during iteration is allowed; delete of a missing key is a no-op.
	counts := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range counts {
		if k%2 == 0 {
			delete(counts, k)
		}
	}
	delete(counts, 99)
	keys := []int{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, len(counts))

	// Maps of slices and nested maps.
	groups := map[string][]string{}
	groups["x"] = append(groups["x"], "a")
	groups["x"] = append(groups["x"], "b")
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"]++
	fmt.Println(groups, nested)

	// fmt prints maps sorted by key.
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 2: "b"})

	// Anonymous structs and struct embedding of values in composite literals.
	pt := struct{ X, Y int }{1, 2}
	pts := []struct{ X, Y int }{{3, 4}, {Y: 6}}
	fmt.Printf("%v %+v %v\n", pt, pts[1], pts)

	// Pointer to struct fields via auto-dereference; new() zero values.
	ip := new(inner)
	ip.n = 3
	ip.tags[1] = "t"
	fmt.Printf("%+v\n", *ip)
	var zero outer
	fmt.Println(zero.ptr == nil, zero.list == nil, zero.attrs == nil, len(zero.attrs), zero.in.tags[0] == "")
}

// Output:
// a {[x y] 0} 2 [10] map[k:10]
// b {[X y] 5} 2 [10] map[k:10]
// true false true
// 2 2 0
// 0 true 0 false
// 2
// 2
// [1 3] 2
// map[x:[a b]] map[a:map[b:1]]
// map[a:1 b:2 c:3] map[-1:z 2:b 3:c]
// {1 2} {X:0 Y:6} [{3 4} {0 6}]
// {tags:[ t] n:3}
// true true true 0 true
