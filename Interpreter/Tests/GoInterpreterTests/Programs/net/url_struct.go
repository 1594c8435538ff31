package main

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
)

// route mixes the package types in one struct, as plugin configuration does.
type route struct {
	target *url.URL
	nets   []netip.Prefix
	ipnet  net.IPNet
}

func main() {
	var u url.URL
	u.Scheme = "http"
	u.Host = "x"
	fmt.Println(u.String(), u.Hostname())
	p := &u
	c := *p
	c.Path = "/copy"
	fmt.Println(u.String(), c.String(), p.String())
	var nilURL *url.URL
	fmt.Println(nilURL.Redacted() == "", nilURL == nil)
	r := route{target: &url.URL{Scheme: "https", Host: "b"}, nets: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}}
	r.ipnet.IP = net.IPv4(1, 2, 3, 0)
	r.ipnet.Mask = net.CIDRMask(24, 32)
	fmt.Println(r.target, r.nets, r.ipnet.String(), r.ipnet.Contains(net.IPv4(1, 2, 3, 9)))
	fmt.Printf("%v %s %+v\n", r.target, r.target, r.nets[0])
	m := map[netip.Prefix]string{netip.MustParsePrefix("10.0.0.0/8"): "lan"}
	fmt.Println(m)
	a := netip.MustParseAddr("1.2.3.4")
	b := a
	b = b.Next()
	fmt.Println(a, b, a == b, a.Less(b))
	q := url.Values{"b": {"2"}, "a": {"1", "x"}}
	fmt.Println(q, len(q), q.Encode())
	for k, v := range (url.Values{"only": {"one"}}) {
		fmt.Println(k, v)
	}
	ip := net.ParseIP("10.0.0.1")
	ip[15] = 9
	fmt.Println(ip, ip.To4()[3])
	fmt.Printf("%s|%v|%x\n", ip, ip, []byte(ip.To4()))
	var e error = &url.Error{Op: "parse", URL: "x", Err: nil}
	fmt.Println(e)
	fmt.Printf("%T %T %T %T\n", u, p, ip, a)
}

// Output:
// http://x x
// http://x http://x/copy http://x
// true true
// https://b [10.0.0.0/8] 1.2.3.0/24 true
// https://b https://b 10.0.0.0/8
// map[10.0.0.0/8:lan]
// 1.2.3.4 1.2.3.5 false true
// map[a:[1 x] b:[2]] 2 a=1&a=x&b=2
// only [one]
// 10.0.0.9 9
// 10.0.0.9|10.0.0.9|0a000009
// parse "x": %!s(<nil>)
// url.URL *url.URL net.IP netip.Addr
