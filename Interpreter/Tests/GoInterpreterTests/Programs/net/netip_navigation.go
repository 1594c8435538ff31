package main

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
)

func main() {
	for _, s := range []string{"10.0.0.255", "255.255.255.255", "0.0.0.0", "::", "::ffff", "::ffff:255.255.255.255", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "fe80::1%eth0"} {
		a := netip.MustParseAddr(s)
		fmt.Printf("%-40s next=%-16v prev=%-16v expanded=%s\n", s, a.Next(), a.Prev(), a.StringExpanded())
	}
	for _, s := range []string{"10.0.0.1", "0.0.0.0", "255.255.255.255", "127.0.0.1", "169.254.9.9", "224.0.0.5", "::", "::1", "ff02::1", "fe80::1", "2001:db8::1", "::ffff:8.8.8.8"} {
		a := netip.MustParseAddr(s)
		fmt.Println(s, a.IsGlobalUnicast(), a.IsMulticast(), a.IsLinkLocalUnicast())
	}

	// Walking a small range.
	p := netip.MustParsePrefix("192.168.10.252/30")
	for a := p.Masked().Addr(); p.Contains(a); a = a.Next() {
		fmt.Print(" ", a)
	}
	fmt.Println()

	// Parse errors satisfy net.Error, as callers checking for timeouts expect.
	_, _, err := net.SplitHostPort("nohost")
	var netErr net.Error
	fmt.Println(errors.As(err, &netErr), netErr.Timeout(), netErr.Temporary())
	if ne, ok := err.(net.Error); ok {
		fmt.Println("net.Error:", ne)
	}
	_, _, err = net.ParseCIDR("x")
	_, isNetErr := err.(net.Error)
	fmt.Println(isNetErr, err)
}

// Output:
// 10.0.0.255                               next=10.0.1.0         prev=10.0.0.254       expanded=10.0.0.255
// 255.255.255.255                          next=invalid IP       prev=255.255.255.254  expanded=255.255.255.255
// 0.0.0.0                                  next=0.0.0.1          prev=invalid IP       expanded=0.0.0.0
// ::                                       next=::1              prev=invalid IP       expanded=0000:0000:0000:0000:0000:0000:0000:0000
// ::ffff                                   next=::1:0            prev=::fffe           expanded=0000:0000:0000:0000:0000:0000:0000:ffff
// ::ffff:255.255.255.255                   next=::1:0:0:0        prev=::ffff:255.255.255.254 expanded=0000:0000:0000:0000:0000:ffff:ffff:ffff
// ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff  next=invalid IP       prev=ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe expanded=ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff
// fe80::1%eth0                             next=fe80::2%eth0     prev=fe80::%eth0      expanded=fe80:0000:0000:0000:0000:0000:0000:0001%eth0
// 10.0.0.1 true false false
// 0.0.0.0 false false false
// 255.255.255.255 false false false
// 127.0.0.1 false false false
// 169.254.9.9 false false true
// 224.0.0.5 false true false
// :: false false false
// ::1 false false false
// ff02::1 false true false
// fe80::1 false false true
// 2001:db8::1 true false false
// ::ffff:8.8.8.8 true false false
//  192.168.10.252 192.168.10.253 192.168.10.254 192.168.10.255
// true false false
// net.Error: address nohost: missing port in address
// true invalid CIDR address: x
