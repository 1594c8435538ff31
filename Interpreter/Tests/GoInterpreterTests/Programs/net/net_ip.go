package main

import (
	"fmt"
	"net"
)

func main() {
	for _, s := range []string{
		"192.168.1.10", "10.0.0.1", "172.16.5.4", "172.32.0.1", "127.0.0.1", "0.0.0.0", "8.8.8.8",
		"::1", "::", "2001:db8::68", "fd12:3456::1", "fe80::1", "ff02::1", "::ffff:192.0.2.1", "224.0.0.1",
		"169.254.1.1", "255.255.255.255",
	} {
		ip := net.ParseIP(s)
		fmt.Printf("%-16s %-16v len=%-2d v4=%-5v loop=%-5v priv=%-5v unspec=%-5v global=%-5v mcast=%-5v linklocal=%v\n",
			s, ip, len(ip), ip.To4() != nil, ip.IsLoopback(), ip.IsPrivate(), ip.IsUnspecified(), ip.IsGlobalUnicast(),
			ip.IsMulticast(), ip.IsLinkLocalUnicast())
	}
	for _, s := range []string{"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4%eth0", "fe80::1%eth0", "::ffff:1.2.3", "example.com", "1:2:3:4:5:6:7:8:9"} {
		fmt.Printf("%q -> %v (nil=%v)\n", s, net.ParseIP(s), net.ParseIP(s) == nil)
	}

	v4 := net.IPv4(10, 1, 2, 3)
	fmt.Println(v4, len(v4), len(v4.To4()), len(v4.To16()), v4.To4().String())
	short := net.IP{10, 1, 2, 3}
	fmt.Println(short.Equal(v4), v4.Equal(short), short.Equal(net.ParseIP("10.1.2.4")), len(short.To16()))
	fmt.Println(net.ParseIP("2001:db8::1").To4() == nil, net.IP{1, 2, 3}, net.IP(nil))
	fmt.Println(v4.DefaultMask(), net.ParseIP("150.1.1.1").DefaultMask(), net.ParseIP("200.1.1.1").DefaultMask(), net.ParseIP("::1").DefaultMask() == nil)
	fmt.Println(v4.Mask(net.CIDRMask(16, 32)), short.Mask(net.CIDRMask(112, 128)), net.ParseIP("2001:db8:aaaa::1").Mask(net.CIDRMask(32, 128)))
	fmt.Println(short.Mask(net.CIDRMask(64, 128)) == nil)
	fmt.Println(net.IPv4bcast, net.IPv4zero, net.IPv6loopback, net.IPv6unspecified, net.IPv4len, net.IPv6len)
	fmt.Println(net.ParseIP("2001:0db8:0000:0000:0000:ff00:0042:8329"), net.ParseIP("1:0:0:1:0:0:0:1"), net.ParseIP("0:0:1::"))
}

// Output:
// 192.168.1.10     192.168.1.10     len=16 v4=true  loop=false priv=true  unspec=false global=true  mcast=false linklocal=false
// 10.0.0.1         10.0.0.1         len=16 v4=true  loop=false priv=true  unspec=false global=true  mcast=false linklocal=false
// 172.16.5.4       172.16.5.4       len=16 v4=true  loop=false priv=true  unspec=false global=true  mcast=false linklocal=false
// 172.32.0.1       172.32.0.1       len=16 v4=true  loop=false priv=false unspec=false global=true  mcast=false linklocal=false
// 127.0.0.1        127.0.0.1        len=16 v4=true  loop=true  priv=false unspec=false global=false mcast=false linklocal=false
// 0.0.0.0          0.0.0.0          len=16 v4=true  loop=false priv=false unspec=true  global=false mcast=false linklocal=false
// 8.8.8.8          8.8.8.8          len=16 v4=true  loop=false priv=false unspec=false global=true  mcast=false linklocal=false
// ::1              ::1              len=16 v4=false loop=true  priv=false unspec=false global=false mcast=false linklocal=false
// ::               ::               len=16 v4=false loop=false priv=false unspec=true  global=false mcast=false linklocal=false
// 2001:db8::68     2001:db8::68     len=16 v4=false loop=false priv=false unspec=false global=true  mcast=false linklocal=false
// fd12:3456::1     fd12:3456::1     len=16 v4=false loop=false priv=true  unspec=false global=true  mcast=false linklocal=false
// fe80::1          fe80::1          len=16 v4=false loop=false priv=false unspec=false global=false mcast=false linklocal=true
// ff02::1          ff02::1          len=16 v4=false loop=false priv=false unspec=false global=false mcast=true  linklocal=false
// ::ffff:192.0.2.1 192.0.2.1        len=16 v4=true  loop=false priv=false unspec=false global=true  mcast=false linklocal=false
// 224.0.0.1        224.0.0.1        len=16 v4=true  loop=false priv=false unspec=false global=false mcast=true  linklocal=false
// 169.254.1.1      169.254.1.1      len=16 v4=true  loop=false priv=false unspec=false global=false mcast=false linklocal=true
// 255.255.255.255  255.255.255.255  len=16 v4=true  loop=false priv=false unspec=false global=false mcast=false linklocal=false
// "" -> <nil> (nil=true)
// "1.2.3" -> <nil> (nil=true)
// "1.2.3.4.5" -> <nil> (nil=true)
// "256.1.1.1" -> <nil> (nil=true)
// "01.2.3.4" -> <nil> (nil=true)
// "1.2.3.4%eth0" -> <nil> (nil=true)
// "fe80::1%eth0" -> <nil> (nil=true)
// "::ffff:1.2.3" -> <nil> (nil=true)
// "example.com" -> <nil> (nil=true)
// "1:2:3:4:5:6:7:8:9" -> <nil> (nil=true)
// 10.1.2.3 16 4 16 10.1.2.3
// true true false 16
// true ?010203 <nil>
// ff000000 ffff0000 ffffff00 true
// 10.1.0.0 10.1.0.0 2001:db8::
// true
// 255.255.255.255 0.0.0.0 ::1 :: 4 16
// 2001:db8::ff00:42:8329 1:0:0:1::1 0:0:1::
