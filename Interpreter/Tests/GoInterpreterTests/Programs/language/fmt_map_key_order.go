package main

import (
	"fmt"
	"math"
)

type Pt struct{ X, Y int }

type Tagged struct {
	Name string
	At   Pt
}

// fmt prints map keys sorted: structs field by field, arrays element by element, NaN first,
// false before true, unsigned by value, interfaces with nil first.
func main() {
	for i := 0; i < 3; i++ {
		m := map[Pt]string{{3, 0}: "b", {1, 2}: "a", {1, 1}: "z", {-1, 9}: "n"}
		fmt.Println(m)
	}
	fmt.Println(map[Tagged]int{{"b", Pt{0, 0}}: 1, {"a", Pt{2, 0}}: 2, {"a", Pt{1, 5}}: 3})
	fmt.Println(map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2, {"a", "b"}: 3})
	fmt.Println(map[any]int{"b": 1, "a": 3, nil: 5})
	fmt.Println(map[float64]int{math.NaN(): 1, 2: 2, math.Inf(-1): 3, 0: 4})
	fmt.Println(map[complex128]int{2i: 1, 1 + 5i: 2, 1: 3})
	fmt.Println(map[bool]int{true: 1, false: 0}, map[uint8]int{200: 1, 3: 2}, map[int8]int{-3: 1, 2: 0})
	fmt.Printf("%v\n", map[Pt][]int{{2, 2}: {1}, {0, 7}: nil})
}

// Output:
// map[{-1 9}:n {1 1}:z {1 2}:a {3 0}:b]
// map[{-1 9}:n {1 1}:z {1 2}:a {3 0}:b]
// map[{-1 9}:n {1 1}:z {1 2}:a {3 0}:b]
// map[{a {1 5}}:3 {a {2 0}}:2 {b {0 0}}:1]
// map[[a b]:3 [a z]:2 [b a]:1]
// map[<nil>:5 a:3 b:1]
// map[NaN:1 -Inf:3 0:4 2:2]
// map[(0+2i):1 (1+0i):3 (1+5i):2]
// map[false:0 true:1] map[3:2 200:1] map[-3:1 2:0]
// map[{0 7}:[] {2 2}:[1]]
