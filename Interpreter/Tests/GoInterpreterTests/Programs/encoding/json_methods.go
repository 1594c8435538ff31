package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// Level marshals as a name and unmarshals from one.
type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	names := []string{"debug", "info", "error"}
	if int(l) >= len(names) {
		return nil, errors.New("bad level")
	}
	return []byte(`"` + names[l] + `"`), nil
}

func (l *Level) UnmarshalJSON(b []byte) error {
	switch strings.Trim(string(b), `"`) {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "error":
		*l = 2
	default:
		return fmt.Errorf("unknown level %s", b)
	}
	return nil
}

// Secret hides its value but keeps the length; pointer receiver.
type Secret struct{ value string }

func (s *Secret) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{ "len" : %d }`, len(s.value))), nil
}

// Upper is a text marshaler: strings in JSON, also usable as map keys.
type Upper string

func (u Upper) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToLower(string(b)))
	return nil
}

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Entry struct {
	Level  Level   `json:"level"`
	Ptr    *Level  `json:"ptr,omitempty"`
	Secret Secret  `json:"secret"`
	Name   Upper   `json:"name"`
	All    []Level `json:"all"`
}

func main() {
	info := Level(1)
	e := Entry{Level: 2, Ptr: &info, Secret: Secret{"abcd"}, Name: "mixed", All: []Level{0, 1}}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	// Through a pointer the struct is addressable, so *Secret's method applies.
	b, err = json.Marshal(&e)
	fmt.Println(string(b), err)

	var back Entry
	err = json.Unmarshal([]byte(`{"level":"info","ptr":"error","name":"LOUD","all":["error","debug"]}`), &back)
	fmt.Println(err, back.Level, *back.Ptr, back.Name, back.All)

	err = json.Unmarshal([]byte(`{"level":"trace"}`), &back)
	fmt.Println(err)

	_, err = json.Marshal(Level(5))
	fmt.Println(err)
	_, err = json.Marshal(Broken{})
	fmt.Println(err)

	keyed := map[Upper]int{"a": 1, "b": 2}
	b, _ = json.Marshal(keyed)
	fmt.Println(string(b))
	// String-kinded keys are written as they are, but read through UnmarshalText.
	var keys map[Upper]int
	fmt.Println(json.Unmarshal([]byte(`{"X":1,"y":2}`), &keys), keys["x"], keys["y"], len(keys))
}

// Output:
// {"level":"error","ptr":"info","secret":{},"name":"MIXED","all":["debug","info"]} <nil>
// {"level":"error","ptr":"info","secret":{"len":4},"name":"MIXED","all":["debug","info"]} <nil>
// <nil> 1 2 loud [2 0]
// unknown level "trace"
// json: error calling MarshalJSON for type main.Level: bad level
// json: error calling MarshalJSON for type main.Broken: invalid character 'b' looking for beginning of object key string
// {"a":1,"b":2}
// <nil> 1 2 2
