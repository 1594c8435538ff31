package main

type point struct{ x int }

func main() {
	m := map[string]point{"a": {1}}
	m["a"].x = 2
}

// Error: 7:2: cannot assign to struct field m["a"].x in map
