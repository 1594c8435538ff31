package main

import (
	"encoding/json"
	"fmt"
)

type Route struct {
	Rule        string            `json:"rule"`
	Middlewares []string          `json:"middlewares"`
	Service     map[string]any    `json:"service"`
	Empty       []int             `json:"empty"`
	Labels      map[string]string `json:"labels"`
}

func main() {
	r := Route{Rule: "Host(`a`)", Middlewares: []string{"auth", "rate"}, Service: map[string]any{"url": "http://b", "weight": 2}, Empty: []int{}, Labels: map[string]string{}}
	b, err := json.MarshalIndent(r, "", "  ")
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent([]any{1, []any{}, map[string]any{"k": []int{2}}}, "##", "-")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent("scalar", "  ", "    ")
	fmt.Println(string(b))

	for _, s := range []string{`{}`, ` [1, "a", {"b": null}] `, `{"a":}`, `[1,]`, `"\u00zz"`, `1 2`, `nulls`, `{"a":1}`} {
		fmt.Printf("%s %v\n", s, json.Valid([]byte(s)))
	}
}

// Output:
// {
//   "rule": "Host(`a`)",
//   "middlewares": [
//     "auth",
//     "rate"
//   ],
//   "service": {
//     "url": "http://b",
//     "weight": 2
//   },
//   "empty": [],
//   "labels": {}
// } <nil>
// [
// ##-1,
// ##-[],
// ##-{
// ##--"k": [
// ##---2
// ##--]
// ##-}
// ##]
// "scalar"
// {} true
//  [1, "a", {"b": null}]  true
// {"a":} false
// [1,] false
// "\u00zz" false
// 1 2 false
// nulls false
// {"a":1} true
