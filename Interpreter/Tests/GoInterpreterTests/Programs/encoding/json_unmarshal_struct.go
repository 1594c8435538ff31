package main

import (
	"encoding/json"
	"fmt"
)

type Limits struct {
	Burst   int     `json:"burst"`
	Average float64 `json:"average"`
}

type Config struct {
	Name     string            `json:"name"`
	Enabled  bool              `json:"enabled"`
	Headers  map[string]string `json:"headers"`
	Paths    []string          `json:"paths"`
	Limits   Limits            `json:"limits"`
	Fallback *Limits           `json:"fallback"`
	Ports    [3]int            `json:"ports"`
	Weight   uint16
	Count    int `json:",string"`
	Extra    any `json:"extra"`
	ignored  string
}

func main() {
	data := []byte(`{
		"NAME": "rewrite",
		"enabled": true,
		"headers": {"X-A": "1", "X-B": "2"},
		"paths": ["/a", "/b"],
		"limits": {"burst": 10, "average": 2.5},
		"fallback": {"burst": 3},
		"ports": [80, 443],
		"weight": 7,
		"Count": "12",
		"extra": {"k": [1, "two"]},
		"ignored": "nope",
		"unknown": 1
	}`)
	var c Config
	c.Ports = [3]int{9, 9, 9}
	c.Headers = map[string]string{"Keep": "yes"}
	err := json.Unmarshal(data, &c)
	fmt.Println(err)
	fmt.Println(c.Name, c.Enabled, len(c.Headers), c.Headers["X-B"], c.Headers["Keep"])
	fmt.Println(c.Paths, c.Limits.Burst, c.Limits.Average, c.Fallback.Burst, c.Fallback.Average)
	fmt.Println(c.Ports, c.Weight, c.Count, c.ignored == "")
	fmt.Printf("%v %T\n", c.Extra, c.Extra)

	// Fields absent from the input keep their values; null leaves non-pointers alone.
	err = json.Unmarshal([]byte(`{"name": null, "fallback": null, "paths": null}`), &c)
	fmt.Println(err, c.Name, c.Fallback == nil, c.Paths == nil, c.Limits.Burst)

	// Top-level values of other kinds.
	var n int
	var s string
	var f float32
	var list []map[string]int
	fmt.Println(json.Unmarshal([]byte(" 42 "), &n), n)
	fmt.Println(json.Unmarshal([]byte(`"a\u00e9\n"`), &s), fmt.Sprintf("%q", s))
	fmt.Println(json.Unmarshal([]byte(`0.1`), &f), f)
	fmt.Println(json.Unmarshal([]byte(`[{"a":1},{"b":2,"c":3}]`), &list), list)

	var p *Limits
	fmt.Println(json.Unmarshal([]byte(`{"burst":5}`), &p), p.Burst)
	pp := &p
	fmt.Println(json.Unmarshal([]byte(`null`), pp), p == nil)
}

// Output:
// <nil>
// rewrite true 3 2 yes
// [/a /b] 10 2.5 3 0
// [80 443 0] 7 12 true
// map[k:[1 two]] map[string]interface {}
// <nil> rewrite true true 10
// <nil> 42
// <nil> "aé\n"
// <nil> 0.1
// <nil> [map[a:1] map[b:2 c:3]]
// <nil> 5
// <nil> true
