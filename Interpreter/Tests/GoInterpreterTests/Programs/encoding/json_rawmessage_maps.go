package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var parts map[string]json.RawMessage
	err := json.Unmarshal([]byte(`{"a": {"x": 1}, "b": [1, 2], "c": "s", "d": null}`), &parts)
	fmt.Println(err, len(parts), string(parts["a"]), string(parts["b"]), string(parts["c"]), string(parts["d"]))
	var list []json.RawMessage
	json.Unmarshal([]byte(`[1, {"y":2}, "z"]`), &list)
	for _, r := range list {
		fmt.Print(string(r), "|")
	}
	fmt.Println()
	out, _ := json.Marshal(parts)
	fmt.Println(string(out))
}

// Output:
// <nil> 4 {"x": 1} [1, 2] "s" null
// 1|{"y":2}|"z"|
// {"a":{"x":1},"b":[1,2],"c":"s","d":null}
