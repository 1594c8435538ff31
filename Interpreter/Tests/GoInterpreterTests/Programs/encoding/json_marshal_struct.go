package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID       int64             `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Admin    bool              `json:"admin"`
	Roles    []string          `json:"roles,omitempty"`
	Home     *Address          `json:"home"`
	Work     *Address          `json:"work,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	Password string            `json:"-"`
	Dash     string            `json:"-,"`
	Count    int               `json:",string"`
	Ratio    float64           `json:"ratio"`
	Note     string            `json:"note,string"`
	internal string
	Plain    uint8
}

func main() {
	u := User{ID: 7, Name: "Zoë & <Co>", Admin: true, Home: &Address{Street: "1 Main"},
		Password: "hunter2", Dash: "d", Count: 42, Ratio: 0.25, Note: "hi", internal: "x", Plain: 200}
	b, err := json.Marshal(u)
	fmt.Println(string(b))
	fmt.Println(err)

	u.Roles = []string{"ops"}
	u.Labels = map[string]string{"tier": "gold", "env": "prod"}
	u.Email = "z@example.com"
	u.Home = nil
	u.Work = &Address{"2 Side", "Oslo"}
	b, _ = json.Marshal(&u)
	fmt.Println(string(b))

	anon := struct {
		A int `json:"a"`
		B []int
		C [2]bool
		D any
		E any `json:"e"`
	}{A: 1, C: [2]bool{true, false}, E: 3.5}
	b, _ = json.Marshal(anon)
	fmt.Println(string(b))

	b, _ = json.Marshal([]any{nil, "s", 1, 2.5, true, []byte("hi"), map[string]int{}})
	fmt.Println(string(b))
	b, _ = json.Marshal("line\nbreak\t\"quoted\" \\ \u2028")
	fmt.Println(string(b))
}

// Output:
// {"id":7,"name":"Zoë \u0026 \u003cCo\u003e","admin":true,"home":{"street":"1 Main"},"-":"d","Count":"42","ratio":0.25,"note":"\"hi\"","Plain":200}
// <nil>
// {"id":7,"name":"Zoë \u0026 \u003cCo\u003e","email":"z@example.com","admin":true,"roles":["ops"],"home":null,"work":{"street":"2 Side","city":"Oslo"},"labels":{"env":"prod","tier":"gold"},"-":"d","Count":"42","ratio":0.25,"note":"\"hi\"","Plain":200}
// {"a":1,"B":null,"C":[true,false],"D":null,"e":3.5}
// [null,"s",1,2.5,true,"aGk=",{}]
// "line\nbreak\t\"quoted\" \\ \u2028"
