package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(strings.Repeat("*", int(l))), nil }

func (l *Level) UnmarshalText(b []byte) error { *l = Level(len(b)); return nil }

type Cfg struct {
	Levels map[Level]string `json:"levels"`
	L      Level            `json:"l"`
	Any    any              `json:"any,omitempty"`
	Embedded
}

type Embedded struct {
	E int `json:"e"`
}

func main() {
	b, err := json.Marshal(Cfg{Levels: map[Level]string{2: "two", 1: "one"}, L: 3, Embedded: Embedded{5}})
	fmt.Println(string(b), err)
	var c Cfg
	err = json.Unmarshal([]byte(`{"levels":{"**":"x"},"l":"****","e":9}`), &c)
	fmt.Println(c.Levels, c.L, c.E, err)
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(map[string]any{"b": []int{}, "a": nil})
	var anyv any
	d := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d.UseNumber()
	d.Decode(&anyv)
	fmt.Println(anyv)
	b, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(string(b), err)
	b, _ = json.Marshal("\u2028 <tag> é \x01")
	fmt.Println(string(b))
}

// Output:
// {"levels":{"*":"one","**":"two"},"l":"***","e":5} <nil>
// map[2:x] 4 9 <nil>
// {
//  "a": null,
//  "b": []
// }
// map[n:12345678901234567890]
//  json: unsupported type: func()
// "\u2028 \u003ctag\u003e é \u0001"
