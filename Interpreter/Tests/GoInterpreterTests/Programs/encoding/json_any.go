package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func describe(v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s:\n", indent, k)
			describe(x[k], indent+"  ")
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d]\n", indent, i)
			describe(e, indent+"  ")
		}
	case string:
		fmt.Printf("%sstring %q\n", indent, x)
	case float64:
		fmt.Printf("%sfloat64 %v\n", indent, x)
	case bool:
		fmt.Printf("%sbool %v\n", indent, x)
	case nil:
		fmt.Printf("%snull\n", indent)
	default:
		fmt.Printf("%sother %T\n", indent, x)
	}
}

func main() {
	var doc any
	err := json.Unmarshal([]byte(`{"user":{"name":"ann","age":41,"tags":["a",2,false,null]},"ok":true,"ratio":-1.5e-3,"big":1e400}`), &doc)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"user":{"name":"ann","age":41,"tags":["a",2,false,null]},"ok":true,"ratio":-1.5e-3}`), &doc)
	fmt.Println(err)
	describe(doc, "")

	// Modify and re-encode: keys come out sorted.
	m := doc.(map[string]any)
	m["added"] = []any{1, "two"}
	delete(m, "ratio")
	out, _ := json.Marshal(m)
	fmt.Println(string(out))

	// Decoding into a typed map of any, and into a slice of any.
	var fields map[string]any
	json.Unmarshal([]byte(`{"n": 3, "s": "x"}`), &fields)
	fmt.Printf("%T %v %T %v\n", fields["n"], fields["n"], fields["s"], fields["s"])
	var items []any
	json.Unmarshal([]byte(`[{}, [], "", 0]`), &items)
	fmt.Println(len(items), items)
	fmt.Printf("%T %T\n", items[0], items[1])

	// An interface holding a pointer is decoded through the pointer.
	type T struct{ A int }
	t := &T{}
	var holder any = t
	json.Unmarshal([]byte(`{"A": 9}`), &holder)
	fmt.Println(t.A, holder == any(t))
}

// Output:
// json: cannot unmarshal number 1e400 into Go value of type float64
// <nil>
// ok:
//   bool true
// ratio:
//   float64 -0.0015
// user:
//   age:
//     float64 41
//   name:
//     string "ann"
//   tags:
//     [0]
//       string "a"
//     [1]
//       float64 2
//     [2]
//       bool false
//     [3]
//       null
// {"added":[1,"two"],"ok":true,"user":{"age":41,"name":"ann","tags":["a",2,false,null]}}
// float64 3 string x
// 4 [map[] []  0]
// map[string]interface {} []interface {}
// 9 true
