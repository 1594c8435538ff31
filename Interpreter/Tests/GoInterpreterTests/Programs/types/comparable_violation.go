package main

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	_ = Index([][]int{{1}}, []int{1})
}

// Error: []int does not satisfy comparable
