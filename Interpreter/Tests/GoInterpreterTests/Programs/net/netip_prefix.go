package main

import (
	"fmt"
	"net/netip"
)

func main() {
	for _, s := range []string{"10.0.0.0/8", "10.1.2.3/8", "1.2.3.4/32", "0.0.0.0/0", "2001:db8:abcd:12::1/48", "::/0", "::ffff:10.0.0.0/104", "1.2.3.4/0"} {
		p, err := netip.ParsePrefix(s)
		fmt.Printf("%-24s %-24v addr=%-20v bits=%-3d valid=%v single=%v masked=%v %v\n", s, p, p.Addr(), p.Bits(), p.IsValid(), p.IsSingleIP(), p.Masked(), err)
	}
	for _, s := range []string{"1.2.3.4", "1.2.3.4/33", "1.2.3.4/-1", "1.2.3.4/08", "1.2.3.4/", "1.2.3.4/a", "fe80::1%eth0/64", "1.2.3/8", "::/129", "/8"} {
		p, err := netip.ParsePrefix(s)
		fmt.Println(p.IsValid(), err)
	}

	lan := netip.MustParsePrefix("10.0.0.0/8")
	v6 := netip.MustParsePrefix("2001:db8::/32")
	loose := netip.MustParsePrefix("10.1.2.3/8")
	all4 := netip.MustParsePrefix("0.0.0.0/0")
	for _, s := range []string{"10.255.255.255", "11.0.0.0", "::ffff:10.0.0.1", "2001:db8:ffff::", "2001:db8::1%eth0", "2001:db9::", "::1"} {
		a := netip.MustParseAddr(s)
		fmt.Printf("%-18s lan=%-5v v6=%-5v loose=%-5v all4=%v\n", s, lan.Contains(a), v6.Contains(a), loose.Contains(a), all4.Contains(a))
	}

	pairs := [][2]string{
		{"10.0.0.0/8", "10.1.0.0/16"}, {"10.0.0.0/16", "10.1.0.0/16"}, {"0.0.0.0/0", "::/0"},
		{"::/0", "2001::/16"}, {"192.168.1.0/24", "192.168.1.128/25"}, {"192.168.1.0/25", "192.168.1.128/25"},
	}
	for _, pr := range pairs {
		a, b := netip.MustParsePrefix(pr[0]), netip.MustParsePrefix(pr[1])
		fmt.Println(a, b, a.Overlaps(b), b.Overlaps(a))
	}

	addr := netip.MustParseAddr("192.168.1.77")
	p, err := addr.Prefix(24)
	fmt.Println(p, err)
	p, err = addr.Prefix(40)
	fmt.Println(p, err)
	p, err = addr.Prefix(-1)
	fmt.Println(p, err)
	p, err = netip.MustParseAddr("fe80::abcd%eth0").Prefix(64)
	fmt.Println(p, err)

	bad := netip.PrefixFrom(addr, 33)
	fmt.Println(bad, bad.Bits(), bad.IsValid(), bad.Masked())
	fmt.Println(netip.PrefixFrom(netip.MustParseAddr("fe80::1%lo"), 10), netip.PrefixFrom(addr, 16).Masked())
	var zero netip.Prefix
	fmt.Println(zero, zero.Bits(), zero.IsValid(), zero.Contains(addr), zero.Overlaps(lan))
	fmt.Println(lan == netip.MustParsePrefix("10.0.0.0/8"), lan == loose, loose.Masked() == lan)

	set := map[netip.Prefix]bool{lan: true, v6: true}
	fmt.Println(set[netip.MustParsePrefix("10.0.0.0/8")], set[loose], []netip.Prefix{lan, v6})
}

// Output:
// 10.0.0.0/8               10.0.0.0/8               addr=10.0.0.0             bits=8   valid=true single=false masked=10.0.0.0/8 <nil>
// 10.1.2.3/8               10.1.2.3/8               addr=10.1.2.3             bits=8   valid=true single=false masked=10.0.0.0/8 <nil>
// 1.2.3.4/32               1.2.3.4/32               addr=1.2.3.4              bits=32  valid=true single=true masked=1.2.3.4/32 <nil>
// 0.0.0.0/0                0.0.0.0/0                addr=0.0.0.0              bits=0   valid=true single=false masked=0.0.0.0/0 <nil>
// 2001:db8:abcd:12::1/48   2001:db8:abcd:12::1/48   addr=2001:db8:abcd:12::1  bits=48  valid=true single=false masked=2001:db8:abcd::/48 <nil>
// ::/0                     ::/0                     addr=::                   bits=0   valid=true single=false masked=::/0 <nil>
// ::ffff:10.0.0.0/104      ::ffff:10.0.0.0/104      addr=::ffff:10.0.0.0      bits=104 valid=true single=false masked=::ffff:10.0.0.0/104 <nil>
// 1.2.3.4/0                1.2.3.4/0                addr=1.2.3.4              bits=0   valid=true single=false masked=0.0.0.0/0 <nil>
// false netip.ParsePrefix("1.2.3.4"): no '/'
// false netip.ParsePrefix("1.2.3.4/33"): prefix length out of range
// false netip.ParsePrefix("1.2.3.4/-1"): bad bits after slash: "-1"
// false netip.ParsePrefix("1.2.3.4/08"): bad bits after slash: "08"
// false netip.ParsePrefix("1.2.3.4/"): bad bits after slash: ""
// false netip.ParsePrefix("1.2.3.4/a"): bad bits after slash: "a"
// false netip.ParsePrefix("fe80::1%eth0/64"): IPv6 zones cannot be present in a prefix
// false netip.ParsePrefix("1.2.3/8"): ParseAddr("1.2.3"): IPv4 address too short
// false netip.ParsePrefix("::/129"): prefix length out of range
// false netip.ParsePrefix("/8"): ParseAddr(""): unable to parse IP
// 10.255.255.255     lan=true  v6=false loose=true  all4=true
// 11.0.0.0           lan=false v6=false loose=false all4=true
// ::ffff:10.0.0.1    lan=false v6=false loose=false all4=false
// 2001:db8:ffff::    lan=false v6=true  loose=false all4=false
// 2001:db8::1%eth0   lan=false v6=false loose=false all4=false
// 2001:db9::         lan=false v6=false loose=false all4=false
// ::1                lan=false v6=false loose=false all4=false
// 10.0.0.0/8 10.1.0.0/16 true true
// 10.0.0.0/16 10.1.0.0/16 false false
// 0.0.0.0/0 ::/0 false false
// ::/0 2001::/16 true true
// 192.168.1.0/24 192.168.1.128/25 true true
// 192.168.1.0/25 192.168.1.128/25 false false
// 192.168.1.0/24 <nil>
// invalid Prefix prefix length 40 too large for IPv4
// invalid Prefix negative Prefix bits
// fe80::/64 <nil>
// invalid Prefix -1 false invalid Prefix
// fe80::1/10 192.168.0.0/16
// invalid Prefix -1 false false false
// true false true
// true false [10.0.0.0/8 2001:db8::/32]
