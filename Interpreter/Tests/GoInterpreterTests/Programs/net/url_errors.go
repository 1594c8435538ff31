package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	inputs := []string{
		"http://x/%zz",
		"http://x/%4",
		"http://x/a%",
		"http://a b.com/",
		"http://[::1/",
		"http://host:port/",
		"http://[::1]x/",
		":foo",
		"http://x/\x7f",
		"cache_object:foo/bar",
		"1http://bad",
		"http://us er@host/",
		"http://%41:8080/",
		"https://example.com/#%zz",
		"http://[1.2.3.4]/",
		"http://[v1.x]/",
		"http://[fe80::1%25]/",
		"http://a[::1]/",
		"http://host:1:2/",
	}
	for _, in := range inputs {
		u, err := url.Parse(in)
		fmt.Println(u == nil, err)
	}

	_, err := url.Parse("http://x/%zz")
	var ue *url.Error
	if errors.As(err, &ue) {
		fmt.Printf("op=%s url=%q inner=%v\n", ue.Op, ue.URL, ue.Err)
	}
	var esc url.EscapeError
	fmt.Println(errors.As(err, &esc), string(esc))
	fmt.Println(errors.Unwrap(err) == ue.Err)

	_, err = url.Parse("http://a b/")
	var host url.InvalidHostError
	fmt.Println(errors.As(err, &host), string(host), host.Error())

	_, err = url.ParseRequestURI("relative/path")
	fmt.Println(err)
	_, err = url.ParseRequestURI("")
	fmt.Println(err)

	// The fragment's error reports the whole input.
	_, err = url.Parse("/a#b%zz")
	fmt.Println(err)

	// Schemes other than http and https keep accepting host lists with several colons.
	db, err := url.Parse("mongodb://h1:27017,h2:27018/app")
	fmt.Println(db.Host, db.Port(), err)
	mapped, err := url.Parse("http://[::ffff:10.0.0.1]:8080/")
	fmt.Println(mapped.Hostname(), mapped.Port(), err)

	e := &url.Error{Op: "Get", URL: "http://example.com", Err: errors.New("boom")}
	fmt.Println(e.Error(), e.Timeout(), e.Temporary())
	fmt.Println(url.EscapeError("%x").Error(), url.InvalidHostError("<").Error())
}

// Output:
// true parse "http://x/%zz": invalid URL escape "%zz"
// true parse "http://x/%4": invalid URL escape "%4"
// true parse "http://x/a%": invalid URL escape "%"
// true parse "http://a b.com/": invalid character " " in host name
// true parse "http://[::1/": missing ']' in host
// true parse "http://host:port/": invalid port ":port" after host
// true parse "http://[::1]x/": invalid port "x" after host
// true parse ":foo": missing protocol scheme
// true parse "http://x/\x7f": net/url: invalid control character in URL
// true parse "cache_object:foo/bar": first path segment in URL cannot contain colon
// true parse "1http://bad": first path segment in URL cannot contain colon
// true parse "http://us er@host/": net/url: invalid userinfo
// true parse "http://%41:8080/": invalid URL escape "%41"
// true parse "https://example.com/#%zz": invalid URL escape "%zz"
// true parse "http://[1.2.3.4]/": invalid IP-literal
// true parse "http://[v1.x]/": invalid host: ParseAddr("v1.x"): unexpected character (at "v1.x")
// true parse "http://[fe80::1%25]/": invalid host: ParseAddr("fe80::1%"): zone must be a non-empty string
// true parse "http://a[::1]/": invalid IP-literal
// true parse "http://host:1:2/": invalid port ":1:2" after host
// op=parse url="http://x/%zz" inner=invalid URL escape "%zz"
// true %zz
// true
// true   invalid character " " in host name
// parse "relative/path": invalid URI for request
// parse "": empty url
// parse "/a#b%zz": invalid URL escape "%zz"
// h1:27017,h2:27018 27018 <nil>
// ::ffff:10.0.0.1 8080 <nil>
// Get "http://example.com": boom false false
// invalid URL escape "%x" invalid character "<" in host name
