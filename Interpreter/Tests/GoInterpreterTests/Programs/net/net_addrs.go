package main

import (
	"fmt"
	"net"
	"strconv"
)

func describe(a net.Addr) string {
	switch v := a.(type) {
	case *net.TCPAddr:
		return fmt.Sprintf("tcp host=%v port=%d", v.IP, v.Port)
	case *net.UDPAddr:
		return fmt.Sprintf("udp zone=%q", v.Zone)
	default:
		return fmt.Sprintf("%s(%s)", a.Network(), a.String())
	}
}

func main() {
	addrs := []net.Addr{
		&net.TCPAddr{IP: net.ParseIP("10.0.0.1"), Port: 8080},
		&net.TCPAddr{Port: 80},
		&net.TCPAddr{IP: net.ParseIP("2001:db8::1"), Port: 443},
		&net.UDPAddr{IP: net.ParseIP("fe80::1"), Port: 53, Zone: "eth0"},
		&net.IPAddr{IP: net.ParseIP("::1")},
		&net.IPAddr{IP: net.ParseIP("fe80::2"), Zone: "lo"},
		&net.IPAddr{},
	}
	for _, a := range addrs {
		fmt.Printf("%s|%s|%v|%s\n", a.Network(), a.String(), a, describe(a))
	}
	var missing *net.TCPAddr
	fmt.Println(missing.String())

	// Rebuilding an address from a host:port string.
	host, port, _ := net.SplitHostPort("[::1]:9000")
	a := &net.TCPAddr{IP: net.ParseIP(host)}
	a.Port, _ = strconv.Atoi(port)
	fmt.Println(a, a.IP.IsLoopback())
}

// Output:
// tcp|10.0.0.1:8080|10.0.0.1:8080|tcp host=10.0.0.1 port=8080
// tcp|:80|:80|tcp host=<nil> port=80
// tcp|[2001:db8::1]:443|[2001:db8::1]:443|tcp host=2001:db8::1 port=443
// udp|[fe80::1%eth0]:53|[fe80::1%eth0]:53|udp zone="eth0"
// ip|::1|::1|ip(::1)
// ip|fe80::2%lo|fe80::2%lo|ip(fe80::2%lo)
// ip|||ip()
// <nil>
// [::1]:9000 true
