package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, s := range []string{"", "abc", "one two", "10%", " ?&=#+%!<>#\"{}|\\^[]`☺\t:/@$'()*,;", "a/b", "ü"} {
		fmt.Printf("%q query=%q path=%q\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b%20c", "%41%42%43", "%e2%98%BA", "x%2Fy", "%", "%zz", "%1", "100%"} {
		q, qerr := url.QueryUnescape(s)
		p, perr := url.PathUnescape(s)
		fmt.Printf("%q query=%q %v path=%q %v\n", s, q, qerr, p, perr)
	}
	orig := "name=Ava & friends/100%?"
	back, err := url.QueryUnescape(url.QueryEscape(orig))
	fmt.Println(back == orig, err)
	back, err = url.PathUnescape(url.PathEscape(orig))
	fmt.Println(back == orig, err)

	joined, err := url.JoinPath("https://example.com/api/", "v1", "../v2", "items/")
	fmt.Println(joined, err)
	joined, err = url.JoinPath("https://example.com", "a b", "c")
	fmt.Println(joined, err)
	_, err = url.JoinPath("http://x/%zz", "a")
	fmt.Println(err)
}

// Output:
// "" query="" path=""
// "abc" query="abc" path="abc"
// "one two" query="one+two" path="one%20two"
// "10%" query="10%25" path="10%25"
// " ?&=#+%!<>#\"{}|\\^[]`☺\t:/@$'()*,;" query="+%3F%26%3D%23%2B%25%21%3C%3E%23%22%7B%7D%7C%5C%5E%5B%5D%60%E2%98%BA%09%3A%2F%40%24%27%28%29%2A%2C%3B" path="%20%3F&=%23+%25%21%3C%3E%23%22%7B%7D%7C%5C%5E%5B%5D%60%E2%98%BA%09:%2F@$%27%28%29%2A%2C%3B"
// "a/b" query="a%2Fb" path="a%2Fb"
// "ü" query="%C3%BC" path="%C3%BC"
// "a+b%20c" query="a b c" <nil> path="a+b c" <nil>
// "%41%42%43" query="ABC" <nil> path="ABC" <nil>
// "%e2%98%BA" query="☺" <nil> path="☺" <nil>
// "x%2Fy" query="x/y" <nil> path="x/y" <nil>
// "%" query="" invalid URL escape "%" path="" invalid URL escape "%"
// "%zz" query="" invalid URL escape "%zz" path="" invalid URL escape "%zz"
// "%1" query="" invalid URL escape "%1" path="" invalid URL escape "%1"
// "100%" query="" invalid URL escape "%" path="" invalid URL escape "%"
// true <nil>
// true <nil>
// https://example.com/api/v2/items/ <nil>
// https://example.com/a%20b/c <nil>
// parse "http://x/%zz": invalid URL escape "%zz"
