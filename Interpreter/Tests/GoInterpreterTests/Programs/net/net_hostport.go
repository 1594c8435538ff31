package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, hp := range []string{
		"example.com:80", "127.0.0.1:8080", "[::1]:443", "[fe80::1%eth0]:22", ":9000", "host:", "[::1]:",
		"example.com", "[::1]", "::1", "1:2:3", "[::1", "[::1]:80:90", "[::1]x:80", "a]b:80", "a[b:80", "[a]:b]:80", "",
	} {
		host, port, err := net.SplitHostPort(hp)
		if err != nil {
			var ae *net.AddrError
			errors.As(err, &ae)
			fmt.Printf("%q error: %v (Err=%q Addr=%q)\n", hp, err, ae.Err, ae.Addr)
			continue
		}
		fmt.Printf("%q host=%q port=%q\n", hp, host, port)
	}
	fmt.Println(net.JoinHostPort("example.com", "80"), net.JoinHostPort("::1", "443"), net.JoinHostPort("fe80::1%eth0", "22"), net.JoinHostPort("", "8080"))

	// Stripping the port from a RemoteAddr-like value, falling back to the whole string.
	for _, remote := range []string{"203.0.113.9:51234", "[2001:db8::7]:443", "unix-socket"} {
		host, _, err := net.SplitHostPort(remote)
		if err != nil {
			host = remote
		}
		fmt.Println(host, net.ParseIP(host) != nil)
	}
	e := &net.AddrError{Err: "no suitable address", Addr: ""}
	fmt.Println(e.Error(), e.Timeout(), e.Temporary())
	pe := &net.ParseError{Type: "IP address", Text: "x.y"}
	fmt.Println(pe)
}

// Output:
// "example.com:80" host="example.com" port="80"
// "127.0.0.1:8080" host="127.0.0.1" port="8080"
// "[::1]:443" host="::1" port="443"
// "[fe80::1%eth0]:22" host="fe80::1%eth0" port="22"
// ":9000" host="" port="9000"
// "host:" host="host" port=""
// "[::1]:" host="::1" port=""
// "example.com" error: address example.com: missing port in address (Err="missing port in address" Addr="example.com")
// "[::1]" error: address [::1]: missing port in address (Err="missing port in address" Addr="[::1]")
// "::1" error: address ::1: too many colons in address (Err="too many colons in address" Addr="::1")
// "1:2:3" error: address 1:2:3: too many colons in address (Err="too many colons in address" Addr="1:2:3")
// "[::1" error: address [::1: missing ']' in address (Err="missing ']' in address" Addr="[::1")
// "[::1]:80:90" error: address [::1]:80:90: too many colons in address (Err="too many colons in address" Addr="[::1]:80:90")
// "[::1]x:80" error: address [::1]x:80: missing port in address (Err="missing port in address" Addr="[::1]x:80")
// "a]b:80" error: address a]b:80: unexpected ']' in address (Err="unexpected ']' in address" Addr="a]b:80")
// "a[b:80" error: address a[b:80: unexpected '[' in address (Err="unexpected '[' in address" Addr="a[b:80")
// "[a]:b]:80" error: address [a]:b]:80: too many colons in address (Err="too many colons in address" Addr="[a]:b]:80")
// "" error: missing port in address (Err="missing port in address" Addr="")
// example.com:80 [::1]:443 [fe80::1%eth0]:22 :8080
// 203.0.113.9 true
// 2001:db8::7 true
// unix-socket false
// no suitable address false false
// invalid IP address: x.y
