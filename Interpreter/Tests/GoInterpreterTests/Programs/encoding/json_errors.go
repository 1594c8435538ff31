package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Inner struct {
	Port int `json:"port"`
}

type Outer struct {
	Name  string `json:"name"`
	Inner Inner  `json:"inner"`
	Small int8
	Tags  []string
}

func main() {
	var o Outer
	for _, in := range []string{
		`{"name": 5}`,
		`{"inner": {"port": "80"}}`,
		`{"Small": 300}`,
		`{"Small": 1.5}`,
		`{"Tags": {"a": 1}}`,
		`{"name": "ok", "Tags": "x", "Small": 2}`,
		`[1, 2]`,
	} {
		err := json.Unmarshal([]byte(in), &o)
		fmt.Println(err)
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			fmt.Printf("  value=%q struct=%q field=%q\n", te.Value, te.Struct, te.Field)
		}
	}
	fmt.Println(o.Name, o.Small)

	var n int
	fmt.Println(json.Unmarshal([]byte(`"7"`), &n))
	var f float64
	fmt.Println(json.Unmarshal([]byte(`true`), &f))

	for _, in := range []string{`{"a":1,}`, `{"a" 1}`, `[1 2]`, `tru`, `nul`, `01`, `{"a":"\q"}`, ``, `   `, `{"a":1} {}`, `-`, `1.e5`} {
		var v any
		err := json.Unmarshal([]byte(in), &v)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Printf("%-12q offset %d: %v\n", in, se.Offset, se)
		} else {
			fmt.Println("unexpected", err)
		}
	}

	fmt.Println(json.Unmarshal([]byte(`{}`), o))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var nilPtr *Outer
	fmt.Println(json.Unmarshal([]byte(`{}`), nilPtr))

	_, err := json.Marshal(map[string]any{"c": make(chan int)})
	fmt.Println(err)
	_, err = json.Marshal(math.NaN())
	fmt.Println(err)
	_, err = json.Marshal([]float64{1, math.Inf(-1)})
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
}

// Output:
// json: cannot unmarshal number into Go struct field Outer.name of type string
//   value="number" struct="Outer" field="name"
// json: cannot unmarshal string into Go struct field Inner.inner.port of type int
//   value="string" struct="Inner" field="inner.port"
// json: cannot unmarshal number 300 into Go struct field Outer.Small of type int8
//   value="number 300" struct="Outer" field="Small"
// json: cannot unmarshal number 1.5 into Go struct field Outer.Small of type int8
//   value="number 1.5" struct="Outer" field="Small"
// json: cannot unmarshal object into Go struct field Outer.Tags of type []string
//   value="object" struct="Outer" field="Tags"
// json: cannot unmarshal string into Go struct field Outer.Tags of type []string
//   value="string" struct="Outer" field="Tags"
// json: cannot unmarshal array into Go value of type main.Outer
//   value="array" struct="" field=""
// ok 2
// json: cannot unmarshal string into Go value of type int
// json: cannot unmarshal bool into Go value of type float64
// "{\"a\":1,}" offset 8: invalid character '}' looking for beginning of object key string
// "{\"a\" 1}"  offset 6: invalid character '1' after object key
// "[1 2]"      offset 4: invalid character '2' after array element
// "tru"        offset 3: invalid character ' ' in literal true (expecting 'e')
// "nul"        offset 3: invalid character ' ' in literal null (expecting 'l')
// "01"         offset 2: invalid character '1' after top-level value
// "{\"a\":\"\\q\"}" offset 8: invalid character 'q' in string escape code
// ""           offset 0: unexpected end of JSON input
// "   "        offset 3: unexpected end of JSON input
// "{\"a\":1} {}" offset 9: invalid character '{' after top-level value
// "-"          offset 1: invalid character ' ' in numeric literal
// "1.e5"       offset 3: invalid character 'e' after decimal point in numeric literal
// json: Unmarshal(non-pointer main.Outer)
// json: Unmarshal(nil)
// json: Unmarshal(nil *main.Outer)
// json: unsupported type: chan int
// json: unsupported value: NaN
// json: unsupported value: -Inf
// json: unsupported type: func()
