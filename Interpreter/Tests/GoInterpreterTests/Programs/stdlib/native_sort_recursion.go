package main

import (
	"fmt"
	"sort"
)

// A less function that sorts again, recursively: each level nests a native callback.
func main() {
	var sortDeep func(depth int) int
	sortDeep = func(depth int) int {
		if depth == 50 {
			return 0
		}
		v := []int{2, 1}
		result := -1
		sort.Slice(v, func(i, j int) bool {
			if result < 0 {
				result = sortDeep(depth + 1)
			}
			return v[i] < v[j]
		})
		return result + 1
	}
	fmt.Println(sortDeep(0))
}

// Output:
// 50
