package main

import "fmt"

type Point struct{ X, Y int }

type Named struct {
	Name string
	At   Point
}

func main() {
	seen := map[Point]int{}
	seen[Point{1, 2}]++
	seen[Point{1, 2}]++
	seen[Point{2, 1}]++
	fmt.Println(len(seen), seen[Point{1, 2}], seen[Point{X: 2, Y: 1}])

	grid := map[[2]int]string{{0, 0}: "origin"}
	k := [2]int{0, 0}
	fmt.Println(grid[k], len(grid[[2]int{0, 1}]))
	k[1] = 1 // the key stored in the map is a copy
	grid[k] = "up"
	fmt.Println(len(grid), grid[[2]int{0, 0}])

	nested := map[Named]bool{{"a", Point{1, 1}}: true}
	fmt.Println(nested[Named{"a", Point{1, 1}}], nested[Named{"a", Point{1, 2}}])

	byAny := map[any]string{}
	byAny[1] = "int"
	byAny[int64(1)] = "int64"
	byAny["1"] = "string"
	byAny[Point{1, 1}] = "point"
	byAny[[1]int{1}] = "array"
	byAny[nil] = "nil"
	fmt.Println(len(byAny), byAny[1], byAny[int64(1)], byAny[Point{1, 1}], byAny[[1]int{1}], byAny[nil])

	defer func() { fmt.Println("recovered:", recover()) }()
	byAny[[]int{1}] = "slice"
}

// Output:
// 2 2 1
// origin 0
// 2 origin
// true false
// 6 int int64 point array nil
// recovered: runtime error: hash of unhashable type []int
