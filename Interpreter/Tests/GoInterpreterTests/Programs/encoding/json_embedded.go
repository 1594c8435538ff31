package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
	Name    string
}

type Audit struct {
	By   string `json:"by"`
	Name string
}

type meta struct {
	Version int `json:"version"`
}

type Named struct {
	Value string
}

type Resource struct {
	Base
	*Audit
	meta
	Named `json:"named"`
	Name  string `json:"name"`
	Kind  string `json:"kind"`
}

// Two embedded structs with the same untagged field at the same depth cancel out,
// unless one of them is tagged.
type A struct{ X, Y int }
type B struct {
	X int
	Y int `json:"Y"`
}
type Both struct {
	A
	B
}

func main() {
	r := Resource{Base: Base{ID: 1, Created: "today", Name: "base"}, meta: meta{Version: 3}, Named: Named{"n"}, Name: "outer", Kind: "svc"}
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	r.Audit = &Audit{By: "ops", Name: "audit"}
	b, _ = json.Marshal(r)
	fmt.Println(string(b))

	var back Resource
	err := json.Unmarshal([]byte(`{"id":5,"by":"me","version":9,"named":{"Value":"v"},"name":"top","created":"now"}`), &back)
	fmt.Println(err, back.ID, back.Created, back.Audit.By, back.Version, back.Named.Value, back.Name, fmt.Sprintf("%q", back.Base.Name))

	b, _ = json.Marshal(Both{A{1, 2}, B{3, 4}})
	fmt.Println(string(b))
}

// Output:
// {"id":1,"created":"today","version":3,"named":{"Value":"n"},"name":"outer","kind":"svc"}
// {"id":1,"created":"today","by":"ops","version":3,"named":{"Value":"n"},"name":"outer","kind":"svc"}
// <nil> 5 now me 9 v top ""
// {"Y":4}
