package main

import (
	"encoding/json"
	"fmt"
)

type Blob struct {
	Data  []byte   `json:"data"`
	Fixed [3]byte  `json:"fixed"`
	Nil   []byte   `json:"nil"`
	Empty []string `json:"empty"`
	None  []string `json:"none"`
}

func main() {
	counts := map[int]string{10: "ten", 2: "two", -1: "minus", 1: "one"}
	b, _ := json.Marshal(counts)
	fmt.Println(string(b))
	var back map[int]string
	fmt.Println(json.Unmarshal(b, &back), back[10], back[-1], len(back))
	var small map[uint8]bool
	fmt.Println(json.Unmarshal([]byte(`{"1":true,"300":false}`), &small), small)

	nested := map[string]map[string][]int{"b": {"y": {2}, "x": {1}}, "a": nil}
	b, _ = json.Marshal(nested)
	fmt.Println(string(b))
	var nilMap map[string]int
	b, _ = json.Marshal(nilMap)
	fmt.Println(string(b))

	blob := Blob{Data: []byte("hello\x00\xff"), Fixed: [3]byte{1, 2, 3}, Empty: []string{}}
	b, _ = json.Marshal(blob)
	fmt.Println(string(b))
	var out Blob
	fmt.Println(json.Unmarshal(b, &out))
	fmt.Printf("%q %v %v %v %v\n", out.Data, out.Fixed, out.Nil == nil, out.Empty == nil, len(out.Empty))
	fmt.Println(json.Unmarshal([]byte(`{"data":"!!"}`), &out))

	var objs map[string]struct {
		N int `json:"n"`
	}
	json.Unmarshal([]byte(`{"x":{"n":1},"y":{"n":2}}`), &objs)
	fmt.Println(objs["x"].N, objs["y"].N)

	// Existing maps are added to, not replaced.
	keep := map[string]int{"old": 1}
	json.Unmarshal([]byte(`{"new":2}`), &keep)
	fmt.Println(keep)
}

// Output:
// {"-1":"minus","1":"one","10":"ten","2":"two"}
// <nil> ten minus 4
// json: cannot unmarshal number 300 into Go value of type uint8 map[1:true]
// {"a":null,"b":{"x":[1],"y":[2]}}
// null
// {"data":"aGVsbG8A/w==","fixed":[1,2,3],"nil":null,"empty":[],"none":null}
// <nil>
// "hello\x00\xff" [1 2 3] true false 0
// illegal base64 data at input byte 0
// 1 2
// map[new:2 old:1]
