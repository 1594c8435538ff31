package main

import (
	"fmt"
	"net/url"
)

func main() {
	for _, raw := range []string{
		"/api/v1/items?id=7&sort=desc",
		"/a%2Fb/c?x",
		"http://example.com:8080/path?q#notafragment",
		"*",
		"//not/authority",
		"/?",
		"example.com:443",
	} {
		u, err := url.ParseRequestURI(raw)
		if err != nil {
			fmt.Println(raw, "error:", err)
			continue
		}
		fmt.Printf("%s host=%q path=%q rawpath=%q query=%q requestURI=%q\n", raw, u.Host, u.Path, u.RawPath, u.RawQuery, u.RequestURI())
	}

	for _, raw := range []string{
		"http://example.com", "http://example.com:8080/x", "http://[::1]:9090/", "http://[fe80::1%25eth0]/",
		"http://host:/", "http://10.0.0.1:80", "http://[2001:db8::1]",
	} {
		u, err := url.Parse(raw)
		if err != nil {
			fmt.Println(raw, "error:", err)
			continue
		}
		fmt.Printf("%s hostname=%q port=%q requestURI=%q\n", raw, u.Hostname(), u.Port(), u.RequestURI())
	}

	u := &url.URL{Scheme: "http", Opaque: "//other.example/raw%20path", RawQuery: "a=1"}
	fmt.Println(u.RequestURI())
	u = &url.URL{Opaque: "opaque-thing"}
	fmt.Println(u.RequestURI())
	u = &url.URL{Host: "h", ForceQuery: true}
	fmt.Println(u.RequestURI(), u.String())
}

// Output:
// /api/v1/items?id=7&sort=desc host="" path="/api/v1/items" rawpath="" query="id=7&sort=desc" requestURI="/api/v1/items?id=7&sort=desc"
// /a%2Fb/c?x host="" path="/a/b/c" rawpath="/a%2Fb/c" query="x" requestURI="/a%2Fb/c?x"
// http://example.com:8080/path?q#notafragment host="example.com:8080" path="/path" rawpath="" query="q#notafragment" requestURI="/path?q#notafragment"
// * host="" path="*" rawpath="" query="" requestURI="*"
// //not/authority host="" path="//not/authority" rawpath="" query="" requestURI="//not/authority"
// /? host="" path="/" rawpath="" query="" requestURI="/?"
// example.com:443 host="" path="" rawpath="" query="" requestURI="443"
// http://example.com hostname="example.com" port="" requestURI="/"
// http://example.com:8080/x hostname="example.com" port="8080" requestURI="/x"
// http://[::1]:9090/ hostname="::1" port="9090" requestURI="/"
// http://[fe80::1%25eth0]/ hostname="fe80::1%eth0" port="" requestURI="/"
// http://host:/ hostname="host" port="" requestURI="/"
// http://10.0.0.1:80 hostname="10.0.0.1" port="80" requestURI="/"
// http://[2001:db8::1] hostname="2001:db8::1" port="" requestURI="/"
// http://other.example/raw%20path?a=1
// opaque-thing
// /? //h?
