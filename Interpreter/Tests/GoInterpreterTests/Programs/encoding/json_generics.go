package main

import (
	"encoding/json"
	"fmt"
)

type Page[T any] struct {
	Items []T     `json:"items"`
	Next  *string `json:"next,omitempty"`
}

type Pair struct {
	K string `json:"k"`
}

func decode[T any](s string) (T, error) {
	var v T
	err := json.Unmarshal([]byte(s), &v)
	return v, err
}

func main() {
	p := Page[Pair]{Items: []Pair{{"a"}}}
	b, _ := json.Marshal(p)
	fmt.Println(string(b))
	q, err := decode[Page[int]](`{"items":[1,2],"next":"x"}`)
	fmt.Println(q.Items, *q.Next, err)
	type local struct {
		X int `json:"x"`
	}
	l, err := decode[[]local](`[{"x":1},{"x":2}]`)
	fmt.Println(l, err)
	fmt.Printf("%T\n", l)
}

// Output:
// {"items":[{"k":"a"}]}
// [1 2] x <nil>
// [{1} {2}] <nil>
// []main.local
