package main

import (
	"fmt"
	"net/netip"
	"sort"
)

func main() {
	for _, s := range []string{
		"1.2.3.4", "0.0.0.0", "127.0.0.1", "10.9.8.7", "::", "::1", "2001:db8::1", "2001:DB8:0:0:0:0:0:1",
		"::ffff:192.168.1.1", "::ffff:c0a8:101", "fe80::1%eth0", "1:2:3:4:5:6:7:8", "1::", "::1.2.3.4", "fd00::42",
	} {
		a, err := netip.ParseAddr(s)
		fmt.Printf("%-22s %-22s valid=%v 4=%v 6=%v 4in6=%v unmap=%-16v loop=%v priv=%v unspec=%v bits=%d zone=%q %v\n",
			s, a, a.IsValid(), a.Is4(), a.Is6(), a.Is4In6(), a.Unmap(), a.IsLoopback(), a.IsPrivate(), a.IsUnspecified(), a.BitLen(), a.Zone(), err)
	}
	for _, s := range []string{
		"", "1.2.3", "1.2.3.4.5", "1.2.3.256", "01.2.3.4", "1.2..3", ".1.2.3", "1.2.3.", "1.2.3.x", "abc",
		"%eth0", "fe80::1%", "12345::", "1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8::", ":1",
		"1:", "::ffff:1.2.3", "1:2:3:4:5:6:1.2.3.4:5", "1.2.3.4:80", "g::1", "::1.2.3.4.5",
	} {
		_, err := netip.ParseAddr(s)
		fmt.Println(err)
	}

	a := netip.MustParseAddr("10.0.0.1")
	b := netip.AddrFrom4([4]byte{10, 0, 0, 1})
	fmt.Println(a == b, a.Compare(b), a.Less(b), a.As4(), a.As16())
	mapped := netip.MustParseAddr("::ffff:10.0.0.1")
	fmt.Println(a == mapped, a == mapped.Unmap(), a.Compare(mapped), mapped.As4(), mapped.Unmap().Is4())
	slice, ok := netip.AddrFromSlice([]byte{192, 168, 0, 1})
	fmt.Println(slice, ok, slice.AsSlice())
	_, ok = netip.AddrFromSlice([]byte{1, 2, 3})
	fmt.Println(ok)
	z := netip.MustParseAddr("fe80::1%en0")
	fmt.Println(z, z.WithZone(""), z.WithZone("lo"), z == z.WithZone("en0"), a.WithZone("x"))
	fmt.Println(netip.IPv6Unspecified(), netip.IPv4Unspecified(), netip.IPv6Loopback())

	addrs := []netip.Addr{
		netip.MustParseAddr("::1"), netip.MustParseAddr("10.0.0.2"), netip.MustParseAddr("fe80::1%b"),
		netip.MustParseAddr("10.0.0.10"), netip.MustParseAddr("fe80::1%a"), netip.MustParseAddr("1.2.3.4"), {},
	}
	sort.Slice(addrs, func(i, j int) bool { return addrs[i].Less(addrs[j]) })
	fmt.Println(addrs)

	seen := map[netip.Addr]int{}
	for _, s := range []string{"1.1.1.1", "::1", "1.1.1.1", "0:0:0:0:0:0:0:1"} {
		seen[netip.MustParseAddr(s)]++
	}
	fmt.Println(len(seen), seen[netip.MustParseAddr("::1")])

	var zero netip.Addr
	fmt.Println(zero, zero.IsValid(), zero.BitLen(), zero == netip.Addr{}, zero.AsSlice() == nil)
}

// Output:
// 1.2.3.4                1.2.3.4                valid=true 4=true 6=false 4in6=false unmap=1.2.3.4          loop=false priv=false unspec=false bits=32 zone="" <nil>
// 0.0.0.0                0.0.0.0                valid=true 4=true 6=false 4in6=false unmap=0.0.0.0          loop=false priv=false unspec=true bits=32 zone="" <nil>
// 127.0.0.1              127.0.0.1              valid=true 4=true 6=false 4in6=false unmap=127.0.0.1        loop=true priv=false unspec=false bits=32 zone="" <nil>
// 10.9.8.7               10.9.8.7               valid=true 4=true 6=false 4in6=false unmap=10.9.8.7         loop=false priv=true unspec=false bits=32 zone="" <nil>
// ::                     ::                     valid=true 4=false 6=true 4in6=false unmap=::               loop=false priv=false unspec=true bits=128 zone="" <nil>
// ::1                    ::1                    valid=true 4=false 6=true 4in6=false unmap=::1              loop=true priv=false unspec=false bits=128 zone="" <nil>
// 2001:db8::1            2001:db8::1            valid=true 4=false 6=true 4in6=false unmap=2001:db8::1      loop=false priv=false unspec=false bits=128 zone="" <nil>
// 2001:DB8:0:0:0:0:0:1   2001:db8::1            valid=true 4=false 6=true 4in6=false unmap=2001:db8::1      loop=false priv=false unspec=false bits=128 zone="" <nil>
// ::ffff:192.168.1.1     ::ffff:192.168.1.1     valid=true 4=false 6=true 4in6=true unmap=192.168.1.1      loop=false priv=true unspec=false bits=128 zone="" <nil>
// ::ffff:c0a8:101        ::ffff:192.168.1.1     valid=true 4=false 6=true 4in6=true unmap=192.168.1.1      loop=false priv=true unspec=false bits=128 zone="" <nil>
// fe80::1%eth0           fe80::1%eth0           valid=true 4=false 6=true 4in6=false unmap=fe80::1%eth0     loop=false priv=false unspec=false bits=128 zone="eth0" <nil>
// 1:2:3:4:5:6:7:8        1:2:3:4:5:6:7:8        valid=true 4=false 6=true 4in6=false unmap=1:2:3:4:5:6:7:8  loop=false priv=false unspec=false bits=128 zone="" <nil>
// 1::                    1::                    valid=true 4=false 6=true 4in6=false unmap=1::              loop=false priv=false unspec=false bits=128 zone="" <nil>
// ::1.2.3.4              ::102:304              valid=true 4=false 6=true 4in6=false unmap=::102:304        loop=false priv=false unspec=false bits=128 zone="" <nil>
// fd00::42               fd00::42               valid=true 4=false 6=true 4in6=false unmap=fd00::42         loop=false priv=true unspec=false bits=128 zone="" <nil>
// ParseAddr(""): unable to parse IP
// ParseAddr("1.2.3"): IPv4 address too short
// ParseAddr("1.2.3.4.5"): IPv4 address too long
// ParseAddr("1.2.3.256"): IPv4 field has value >255
// ParseAddr("01.2.3.4"): IPv4 field has octet with leading zero
// ParseAddr("1.2..3"): IPv4 field must have at least one digit (at ".3")
// ParseAddr(".1.2.3"): IPv4 field must have at least one digit (at ".1.2.3")
// ParseAddr("1.2.3."): IPv4 field must have at least one digit (at ".")
// ParseAddr("1.2.3.x"): unexpected character (at "x")
// ParseAddr("abc"): unable to parse IP
// ParseAddr("%eth0"): missing IPv6 address
// ParseAddr("fe80::1%"): zone must be a non-empty string
// ParseAddr("12345::"): each colon-separated field must have at most 4 hex digits (at "12345::")
// ParseAddr("1::2::3"): multiple :: in address (at ":3")
// ParseAddr("1:2:3:4:5:6:7:8:9"): trailing garbage after address (at "9")
// ParseAddr("1:2:3:4:5:6:7"): address string too short
// ParseAddr("1:2:3:4:5:6:7:8::"): the :: must expand to at least one field of zeros
// ParseAddr(":1"): each colon-separated field must have at least one digit (at ":1")
// ParseAddr("1:"): colon must be followed by more characters (at ":")
// ParseAddr("::ffff:1.2.3"): IPv4 address too short
// ParseAddr("1:2:3:4:5:6:1.2.3.4:5"): unexpected character (at ":5")
// ParseAddr("1.2.3.4:80"): unexpected character (at ":80")
// ParseAddr("g::1"): each colon-separated field must have at least one digit (at "g::1")
// ParseAddr("::1.2.3.4.5"): IPv4 address too long
// true 0 false [10 0 0 1] [0 0 0 0 0 0 0 0 0 0 255 255 10 0 0 1]
// false true -1 [10 0 0 1] true
// 192.168.0.1 true [192 168 0 1]
// false
// fe80::1%en0 fe80::1 fe80::1%lo true 10.0.0.1
// :: 0.0.0.0 ::1
// [invalid IP 1.2.3.4 10.0.0.2 10.0.0.10 ::1 fe80::1%a fe80::1%b]
// 2 2
// invalid IP false 0 true true
