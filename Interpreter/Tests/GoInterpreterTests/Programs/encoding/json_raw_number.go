package main

import (
	"encoding/json"
	"fmt"
)

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
	Amount  json.Number     `json:"amount"`
	Opt     json.RawMessage `json:"opt,omitempty"`
}

type Login struct {
	User string `json:"user"`
}

func main() {
	var env Envelope
	err := json.Unmarshal([]byte(`{"type":"login","payload": { "user" : "ann" },"amount":12.50}`), &env)
	fmt.Println(err, env.Type, string(env.Payload), env.Amount)

	var l Login
	fmt.Println(json.Unmarshal(env.Payload, &l), l.User)
	f, _ := env.Amount.Float64()
	_, ierr := env.Amount.Int64()
	fmt.Println(f, ierr, env.Amount.String())

	// RawMessage is written compacted; Number as its literal.
	b, err := json.Marshal(env)
	fmt.Println(string(b), err)
	env.Payload = nil
	env.Amount = ""
	b, _ = json.Marshal(env)
	fmt.Println(string(b))
	env.Amount = "abc"
	_, err = json.Marshal(env)
	fmt.Println(err)

	raw := json.RawMessage(`[1, 2]`)
	b, _ = json.Marshal(map[string]any{"r": raw, "p": &raw})
	fmt.Println(string(b))

	var anyNum any
	json.Unmarshal([]byte(`7`), &anyNum)
	fmt.Printf("%T\n", anyNum)
	var nullable Envelope
	fmt.Println(json.Unmarshal([]byte(`{"payload":null}`), &nullable), string(nullable.Payload))
	var num json.Number
	fmt.Println(json.Unmarshal([]byte(`-0.5e3`), &num), num)
}

// Output:
// <nil> login { "user" : "ann" } 12.50
// <nil> ann
// 12.5 strconv.ParseInt: parsing "12.50": invalid syntax 12.50
// {"type":"login","payload":{"user":"ann"},"amount":12.50} <nil>
// {"type":"login","payload":null,"amount":0}
// json: invalid number literal "abc"
// {"p":[1,2],"r":[1,2]}
// float64
// <nil> null
// <nil> -0.5e3
