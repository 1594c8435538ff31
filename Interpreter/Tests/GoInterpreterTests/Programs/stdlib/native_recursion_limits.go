package main

import (
	"encoding/json"
	"fmt"
)

// Values that contain themselves: Go's encoder reports the cycle (maps and slices too), and a
// shared backing array is not mistaken for one — Go compares slices by start and length.
func main() {
	m := map[string]any{}
	m["self"] = m
	_, err := json.Marshal(m)
	fmt.Println(err)

	s := make([]any, 1)
	s[0] = s
	_, err = json.Marshal(s)
	fmt.Println(err)

	x := make([]any, 2)
	x[1] = x[:1]
	out, err := json.Marshal(x)
	fmt.Println(string(out), err)
}

// Output:
// json: unsupported value: encountered a cycle via map[string]interface {}
// json: unsupported value: encountered a cycle via []interface {}
// [null,[null]] <nil>
