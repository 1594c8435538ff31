package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// capture collects what the encoder writes.
type capture struct {
	chunks []string
}

func (c *capture) Write(p []byte) (int, error) {
	c.chunks = append(c.chunks, string(p))
	return len(p), nil
}

type Reply struct {
	Status int               `json:"status"`
	Body   string            `json:"body"`
	Tags   []string          `json:"tags"`
	Empty  map[string]string `json:"empty"`
}

func main() {
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(Reply{Status: 200, Body: "<ok>", Tags: []string{}, Empty: map[string]string{}})
	enc.Encode([]int{1, 2})
	enc.Encode("plain")
	enc.Encode(nil)

	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"html": "<b>&</b>"})

	enc.SetIndent(">", "\t")
	enc.Encode(Reply{Status: 404, Tags: []string{"x"}})

	var c capture
	e2 := json.NewEncoder(&c)
	fmt.Println(e2.Encode(map[string]int{"n": 1}), e2.Encode(true))
	fmt.Printf("%q\n", c.chunks)
	fmt.Println(e2.Encode(make(chan int)), len(c.chunks))
}

// Output:
// {"status":200,"body":"\u003cok\u003e","tags":[],"empty":{}}
// [1,2]
// "plain"
// null
// {"html":"<b>&</b>"}
// {
// >	"status": 404,
// >	"body": "",
// >	"tags": [
// >		"x"
// >	],
// >	"empty": null
// >}
// <nil> <nil>
// ["{\"n\":1}\n" "true\n"]
// json: unsupported type: chan int 2
