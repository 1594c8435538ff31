package main

import (
	"encoding/json"
	"fmt"
)

type Item struct {
	Name    string            `json:"name"`
	Count   int               `json:"count,omitempty"`
	Price   float64           `json:"price,string"`
	Skip    string            `json:"-"`
	Dash    string            `json:"-,"`
	Tags    []string          `json:"tags"`
	Meta    map[string]int    `json:"meta,omitempty"`
	Raw     []byte            `json:"raw"`
	Ptr     *int              `json:"ptr"`
	private int
}

func main() {
	b, err := json.Marshal(Item{Name: "<a&b>", Price: 1.5, Skip: "x", Dash: "d", Raw: []byte("hi")})
	fmt.Println(string(b), err)
	b, _ = json.Marshal(map[int]string{10: "x", 2: "y"})
	fmt.Println(string(b))
	b, _ = json.Marshal([]float64{1e21, 1e20, 0.000001, 1e-7})
	fmt.Println(string(b))
	var it Item
	err = json.Unmarshal([]byte(`{"NAME":"n","count":3,"price":"2.25","unknown":1,"tags":null,"ptr":7}`), &it)
	fmt.Println(it.Name, it.Count, it.Price, it.Tags == nil, *it.Ptr, err)
	var v interface{}
	json.Unmarshal([]byte(`{"a":[1,"x",true,null,{"b":2.5}]}`), &v)
	fmt.Printf("%v %T\n", v, v.(map[string]interface{})["a"].([]interface{})[0])
	var n struct{ A int }
	err = json.Unmarshal([]byte(`{"A":"str"}`), &n)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"A":1`), &n)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"A":300}`), &struct{ A int8 }{})
	fmt.Println(err)
}

// Output:
// {"name":"\u003ca\u0026b\u003e","price":"1.5","-":"d","tags":null,"raw":"aGk=","ptr":null} <nil>
// {"10":"x","2":"y"}
// [1e+21,100000000000000000000,0.000001,1e-7]
// n 3 2.25 true 7 <nil>
// map[a:[1 x true <nil> map[b:2.5]]] float64
// json: cannot unmarshal string into Go struct field .A of type int
// unexpected end of JSON input
// json: cannot unmarshal number 300 into Go struct field .A of type int8
