package main

import (
	"fmt"
	"net/url"
)

func roundTrip(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(raw, "=>", u.String())
}

func main() {
	roundTrip("http://www.google.com/file%20one%26two")
	roundTrip("http://www.google.com/a%2fb")
	roundTrip("HTTP://www.google.com/?")
	roundTrip("mailto:webmaster@golang.org")
	roundTrip("file:///etc/passwd")
	roundTrip("file:/etc/passwd")
	roundTrip("http://%3Fam:pa%3Fsword@google.com")
	roundTrip("http://[fe80::1%25en0]:8080/")
	roundTrip("https://example.com/#frag!$&'()*+,;=:@/?")
	roundTrip("https://example.com/#%7Bx%7D")
	roundTrip("//host/path")

	// Building URLs field by field, as a middleware rewriting requests does.
	u := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/items/a b", RawQuery: "limit=10"}
	fmt.Println(u.String())
	u.Fragment = "top section"
	fmt.Println(u)
	u.User = url.UserPassword("admin", "s3cr:t@")
	fmt.Println(u.String())
	fmt.Println(u.Redacted())
	u.User = url.User("guest")
	fmt.Println(u.Redacted())

	rel := &url.URL{Path: "this:that"}
	fmt.Println(rel.String())
	rel = &url.URL{Path: "a b?c"}
	fmt.Println(rel.String(), rel.EscapedPath())
	noHost := &url.URL{Scheme: "http", Path: "relative"}
	fmt.Println(noHost.String())
	withHost := &url.URL{Scheme: "http", Host: "h", Path: "relative"}
	fmt.Println(withHost.String())
	opaque := &url.URL{Scheme: "urn", Opaque: "isbn:0451450523"}
	fmt.Println(opaque, opaque.IsAbs())

	// RawPath is kept only while it is a valid encoding of Path.
	v, _ := url.Parse("http://x/a%2Fb/c")
	fmt.Println(v.EscapedPath())
	v.Path = "/other"
	fmt.Println(v.EscapedPath(), v.String())

	var info *url.Userinfo
	fmt.Printf("[%s] [%s]\n", info.Username(), info.String())
	fmt.Println(url.UserPassword("a b", "c/d").String())
}

// Output:
// http://www.google.com/file%20one%26two => http://www.google.com/file%20one%26two
// http://www.google.com/a%2fb => http://www.google.com/a%2fb
// HTTP://www.google.com/? => http://www.google.com/?
// mailto:webmaster@golang.org => mailto:webmaster@golang.org
// file:///etc/passwd => file:///etc/passwd
// file:/etc/passwd => file:/etc/passwd
// http://%3Fam:pa%3Fsword@google.com => http://%3Fam:pa%3Fsword@google.com
// http://[fe80::1%25en0]:8080/ => http://[fe80::1%25en0]:8080/
// https://example.com/#frag!$&'()*+,;=:@/? => https://example.com/#frag!$&'()*+,;=:@/?
// https://example.com/#%7Bx%7D => https://example.com/#%7Bx%7D
// //host/path => //host/path
// https://api.example.com/v1/items/a%20b?limit=10
// https://api.example.com/v1/items/a%20b?limit=10#top%20section
// https://admin:s3cr%3At%40@api.example.com/v1/items/a%20b?limit=10#top%20section
// https://admin:xxxxx@api.example.com/v1/items/a%20b?limit=10#top%20section
// https://guest@api.example.com/v1/items/a%20b?limit=10#top%20section
// ./this:that
// a%20b%3Fc a%20b%3Fc
// http://relative
// http://h/relative
// urn:isbn:0451450523 true
// /a%2Fb/c
// /other http://x/other
// [] []
// a%20b:c%2Fd
