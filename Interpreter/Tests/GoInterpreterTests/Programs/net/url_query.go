package main

import (
	"fmt"
	"net/url"
	"sort"
)

func main() {
	q, err := url.ParseQuery("x=1&y=2&x=3&empty=&flag&a+b=c%20d&%41=%42")
	fmt.Println(err)
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%q: %q\n", k, q[k])
	}
	fmt.Println(q.Get("x"), q.Get("missing") == "", q.Has("flag"), q.Has("missing"), len(q["x"]))
	fmt.Println(q.Encode())

	// Bad pairs are skipped; the first decoding error is returned with what did parse.
	q, err = url.ParseQuery("good=1&bad=%zz&also=%&fine=2")
	fmt.Println(q, err)
	q, err = url.ParseQuery("a=1;b=2&c=3")
	fmt.Println(q, err)

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	v.Set("sym", "a/b?c=d#e")
	fmt.Println(v.Encode())
	v.Set("friend", "only")
	v.Del("sym")
	fmt.Println(v.Encode(), v)

	m := make(url.Values)
	m["z"] = []string{"last"}
	m.Add("é", "ü")
	fmt.Println(m.Encode())
	fmt.Println(url.Values{}.Encode() == "", url.Values(nil).Get("x") == "")

	u, _ := url.Parse("https://example.com/search?q=go+lang&page=2&q=swift")
	query := u.Query()
	fmt.Println(query["q"], query.Get("page"))
	query.Set("page", "3")
	query.Add("lang", "en")
	u.RawQuery = query.Encode()
	fmt.Println(u)

	defer func() { fmt.Println("recovered:", recover()) }()
	var nilValues url.Values
	nilValues.Set("k", "v")
}

// Output:
// <nil>
// "A": ["B"]
// "a b": ["c d"]
// "empty": [""]
// "flag": [""]
// "x": ["1" "3"]
// "y": ["2"]
// 1 true true false 2
// A=B&a+b=c+d&empty=&flag=&x=1&x=3&y=2
// map[fine:[2] good:[1]] invalid URL escape "%zz"
// map[c:[3]] invalid semicolon separator in query
// friend=Jess&friend=Sarah+%26+Zoe&name=Ava+Smith&sym=a%2Fb%3Fc%3Dd%23e
// friend=only&name=Ava+Smith map[friend:[only] name:[Ava Smith]]
// z=last&%C3%A9=%C3%BC
// true true
// [go lang swift] 2
// https://example.com/search?lang=en&page=3&q=go+lang&q=swift
// recovered: assignment to entry in nil map
