package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Node struct {
	Name string `json:"name"`
	Next *Node  `json:"next,omitempty"`
}

func main() {
	// A chain is fine, however the nodes are shared; a loop is an error.
	shared := &Node{Name: "shared"}
	pair := []*Node{shared, shared}
	b, err := json.Marshal(pair)
	fmt.Println(string(b), err)

	a := &Node{Name: "a", Next: &Node{Name: "b"}}
	b, _ = json.Marshal(a)
	fmt.Println(string(b))
	a.Next.Next = a
	_, err = json.Marshal(a)
	fmt.Println(err)

	deep := strings.Repeat(`{"k":[`, 300) + strings.Repeat(`]}`, 300)
	var v any
	fmt.Println(json.Unmarshal([]byte(deep), &v))
	out, err := json.Marshal(v)
	fmt.Println(len(out) == len(deep), err)
}

// Output:
// [{"name":"shared"},{"name":"shared"}] <nil>
// {"name":"a","next":{"name":"b"}}
// json: unsupported value: encountered a cycle via *main.Node
// <nil>
// true <nil>
