package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{"192.168.100.1/24", "10.0.0.0/8", "0.0.0.0/0", "1.2.3.4/32", "2001:db8::1/64", "::ffff:10.1.2.3/104", "fe80::/10", "10.0.0.1/024"} {
		ip, n, err := net.ParseCIDR(s)
		ones, bits := n.Mask.Size()
		fmt.Printf("%-20s ip=%-16v net=%-20v mask=%s ones=%d bits=%d iplen=%d netlen=%d %v\n", s, ip, n, n.Mask, ones, bits, len(ip), len(n.IP), err)
	}
	for _, s := range []string{"10.0.0.0", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/", "10.0.0.0/8x", "2001:db8::/129", "fe80::1%eth0/64", "bad/8", "010.0.0.0/8"} {
		ip, n, err := net.ParseCIDR(s)
		var pe *net.ParseError
		fmt.Println(ip == nil, n == nil, err, errors.As(err, &pe) && pe.Type == "CIDR address" && pe.Text == s)
	}

	// An allow list as an IP-filter middleware keeps it.
	var allowed []*net.IPNet
	for _, c := range []string{"10.0.0.0/8", "192.168.0.0/16", "2001:db8::/32", "127.0.0.1/32"} {
		_, n, err := net.ParseCIDR(c)
		if err != nil {
			panic(err)
		}
		allowed = append(allowed, n)
	}
	for _, client := range []string{"10.20.30.40", "192.169.0.1", "::ffff:192.168.3.4", "2001:db8:1::5", "2001:db9::1", "127.0.0.2", "127.0.0.1"} {
		ip := net.ParseIP(client)
		match := ""
		for _, n := range allowed {
			if n.Contains(ip) {
				match = n.String()
				break
			}
		}
		fmt.Printf("%s allowed=%v [%s]\n", client, match != "", match)
	}

	custom := &net.IPNet{IP: net.IPv4(10, 1, 0, 0), Mask: net.IPv4Mask(255, 0, 255, 0)}
	fmt.Println(custom, custom.Contains(net.ParseIP("10.9.0.7")), custom.Contains(net.ParseIP("10.1.1.7")))
	mixed := &net.IPNet{IP: net.ParseIP("10.1.0.0"), Mask: net.CIDRMask(112, 128)}
	fmt.Println(mixed, mixed.Contains(net.IPv4(10, 1, 200, 1)))
	bad := &net.IPNet{IP: net.ParseIP("2001:db8::"), Mask: net.CIDRMask(8, 32)}
	fmt.Println(bad, bad.Contains(net.ParseIP("2001:db8::1")))
	fmt.Println(net.CIDRMask(33, 32) == nil, net.CIDRMask(8, 24) == nil, net.CIDRMask(0, 32), net.CIDRMask(65, 128))
	ones, bits := net.IPv4Mask(255, 0, 255, 0).Size()
	fmt.Println(ones, bits, net.IPMask(nil), custom.Network())
}

// Output:
// 192.168.100.1/24     ip=192.168.100.1    net=192.168.100.0/24     mask=ffffff00 ones=24 bits=32 iplen=16 netlen=4 <nil>
// 10.0.0.0/8           ip=10.0.0.0         net=10.0.0.0/8           mask=ff000000 ones=8 bits=32 iplen=16 netlen=4 <nil>
// 0.0.0.0/0            ip=0.0.0.0          net=0.0.0.0/0            mask=00000000 ones=0 bits=32 iplen=16 netlen=4 <nil>
// 1.2.3.4/32           ip=1.2.3.4          net=1.2.3.4/32           mask=ffffffff ones=32 bits=32 iplen=16 netlen=4 <nil>
// 2001:db8::1/64       ip=2001:db8::1      net=2001:db8::/64        mask=ffffffffffffffff0000000000000000 ones=64 bits=128 iplen=16 netlen=16 <nil>
// ::ffff:10.1.2.3/104  ip=10.1.2.3         net=10.0.0.0/8           mask=ffffffffffffffffffffffffff000000 ones=104 bits=128 iplen=16 netlen=16 <nil>
// fe80::/10            ip=fe80::           net=fe80::/10            mask=ffc00000000000000000000000000000 ones=10 bits=128 iplen=16 netlen=16 <nil>
// 10.0.0.1/024         ip=10.0.0.1         net=10.0.0.0/24          mask=ffffff00 ones=24 bits=32 iplen=16 netlen=4 <nil>
// true true invalid CIDR address: 10.0.0.0 true
// true true invalid CIDR address: 10.0.0.0/33 true
// true true invalid CIDR address: 10.0.0.0/-1 true
// true true invalid CIDR address: 10.0.0.0/ true
// true true invalid CIDR address: 10.0.0.0/8x true
// true true invalid CIDR address: 2001:db8::/129 true
// true true invalid CIDR address: fe80::1%eth0/64 true
// true true invalid CIDR address: bad/8 true
// true true invalid CIDR address: 010.0.0.0/8 true
// 10.20.30.40 allowed=true [10.0.0.0/8]
// 192.169.0.1 allowed=false []
// ::ffff:192.168.3.4 allowed=true [192.168.0.0/16]
// 2001:db8:1::5 allowed=true [2001:db8::/32]
// 2001:db9::1 allowed=false []
// 127.0.0.2 allowed=false []
// 127.0.0.1 allowed=true [127.0.0.1/32]
// 10.1.0.0/ff00ff00 true false
// 10.1.0.0/16 true
// <nil> false
// true true 00000000 ffffffffffffffff8000000000000000
// 0 0 <nil> ip+net
