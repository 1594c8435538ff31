package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Celsius has a pointer-receiver MarshalJSON: Go calls it only on addressable values.
type Celsius float64

func (c *Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(*c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	*c = Celsius(v)
	return err
}

type Reading struct {
	Temp  Celsius   `json:"temp"`
	Trend []Celsius `json:"trend"`
	Peak  *Celsius  `json:"peak"`
}

func main() {
	peak := Celsius(30)
	r := Reading{Temp: 21.5, Trend: []Celsius{19, 20}, Peak: &peak}
	byValue, _ := json.Marshal(r)
	byPointer, _ := json.Marshal(&r)
	fmt.Println(string(byValue))
	fmt.Println(string(byPointer))
	arr := [2]Celsius{1, 2}
	a1, _ := json.Marshal(arr)
	a2, _ := json.Marshal(&arr)
	fmt.Println(string(a1), string(a2))

	var back Reading
	err := json.Unmarshal([]byte(`{"temp":"18.5C","trend":["1.5C"],"peak":"40.0C"}`), &back)
	fmt.Println(err, back.Temp, back.Trend, *back.Peak)
	fmt.Println(json.Unmarshal([]byte(`{"temp":5}`), &back))
}

// Output:
// {"temp":21.5,"trend":["19.0C","20.0C"],"peak":"30.0C"}
// {"temp":"21.5C","trend":["19.0C","20.0C"],"peak":"30.0C"}
// [1,2] ["1.0C","2.0C"]
// <nil> 18.5 [1.5] 40
// json: cannot unmarshal number into Go value of type string
