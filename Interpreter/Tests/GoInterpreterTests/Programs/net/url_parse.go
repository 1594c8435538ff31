package main

import (
	"fmt"
	"net/url"
)

func show(raw string) {
	u, err := url.Parse(raw)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%q scheme=%q opaque=%q host=%q path=%q rawpath=%q omithost=%v forcequery=%v query=%q fragment=%q rawfragment=%q\n",
		raw, u.Scheme, u.Opaque, u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment)
	if u.User != nil {
		pw, set := u.User.Password()
		fmt.Printf("  user=%q password=%q set=%v\n", u.User.Username(), pw, set)
	}
}

func main() {
	show("http://www.google.com")
	show("http://www.google.com/")
	show("HTTP://www.google.com/file%20one%26two")
	show("http://www.google.com/?q=go+language")
	show("http://www.google.com/a%2fb")
	show("http://www.google.com/?")
	show("http://www.google.com/?foo=bar?")
	show("mailto:webmaster@golang.org")
	show("mailto:?subject=hi")
	show("/foo?query=http://bad")
	show("//foo")
	show("///threeslashes")
	show("file:///etc/passwd")
	show("file:/etc/passwd")
	show("http://j@ne:password@google.com/p@th?q=@go")
	show("http://user@example.com")
	show("http://%3Fam:pa%3Fsword@google.com")
	show("http://[fe80::1%25en0]:8080/")
	show("http://[fe80::1%25%65%6e%301-._~]/")
	show("https://example.com/index.html#section%202")
	show("https://example.com/#a/b?c")
	show("http://example.com/path;params?q#f")
	show("*")
	show("a/b/c")
	show("./this:that")
	show("")
}

// Output:
// "http://www.google.com" scheme="http" opaque="" host="www.google.com" path="" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "http://www.google.com/" scheme="http" opaque="" host="www.google.com" path="/" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "HTTP://www.google.com/file%20one%26two" scheme="http" opaque="" host="www.google.com" path="/file one&two" rawpath="/file%20one%26two" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "http://www.google.com/?q=go+language" scheme="http" opaque="" host="www.google.com" path="/" rawpath="" omithost=false forcequery=false query="q=go+language" fragment="" rawfragment=""
// "http://www.google.com/a%2fb" scheme="http" opaque="" host="www.google.com" path="/a/b" rawpath="/a%2fb" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "http://www.google.com/?" scheme="http" opaque="" host="www.google.com" path="/" rawpath="" omithost=false forcequery=true query="" fragment="" rawfragment=""
// "http://www.google.com/?foo=bar?" scheme="http" opaque="" host="www.google.com" path="/" rawpath="" omithost=false forcequery=false query="foo=bar?" fragment="" rawfragment=""
// "mailto:webmaster@golang.org" scheme="mailto" opaque="webmaster@golang.org" host="" path="" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "mailto:?subject=hi" scheme="mailto" opaque="" host="" path="" rawpath="" omithost=false forcequery=false query="subject=hi" fragment="" rawfragment=""
// "/foo?query=http://bad" scheme="" opaque="" host="" path="/foo" rawpath="" omithost=false forcequery=false query="query=http://bad" fragment="" rawfragment=""
// "//foo" scheme="" opaque="" host="foo" path="" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "///threeslashes" scheme="" opaque="" host="" path="///threeslashes" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "file:///etc/passwd" scheme="file" opaque="" host="" path="/etc/passwd" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "file:/etc/passwd" scheme="file" opaque="" host="" path="/etc/passwd" rawpath="" omithost=true forcequery=false query="" fragment="" rawfragment=""
// "http://j@ne:password@google.com/p@th?q=@go" scheme="http" opaque="" host="google.com" path="/p@th" rawpath="" omithost=false forcequery=false query="q=@go" fragment="" rawfragment=""
//   user="j@ne" password="password" set=true
// "http://user@example.com" scheme="http" opaque="" host="example.com" path="" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
//   user="user" password="" set=false
// "http://%3Fam:pa%3Fsword@google.com" scheme="http" opaque="" host="google.com" path="" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
//   user="?am" password="pa?sword" set=true
// "http://[fe80::1%25en0]:8080/" scheme="http" opaque="" host="[fe80::1%en0]:8080" path="/" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "http://[fe80::1%25%65%6e%301-._~]/" scheme="http" opaque="" host="[fe80::1%en01-._~]" path="/" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "https://example.com/index.html#section%202" scheme="https" opaque="" host="example.com" path="/index.html" rawpath="" omithost=false forcequery=false query="" fragment="section 2" rawfragment=""
// "https://example.com/#a/b?c" scheme="https" opaque="" host="example.com" path="/" rawpath="" omithost=false forcequery=false query="" fragment="a/b?c" rawfragment=""
// "http://example.com/path;params?q#f" scheme="http" opaque="" host="example.com" path="/path;params" rawpath="" omithost=false forcequery=false query="q" fragment="f" rawfragment=""
// "*" scheme="" opaque="" host="" path="*" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "a/b/c" scheme="" opaque="" host="" path="a/b/c" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "./this:that" scheme="" opaque="" host="" path="./this:that" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
// "" scheme="" opaque="" host="" path="" rawpath="" omithost=false forcequery=false query="" fragment="" rawfragment=""
