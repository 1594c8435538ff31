package main

import (
	"fmt"
	"net/netip"
)

func main() {
	for _, s := range []string{"1.2.3.4:80", "[::1]:443", "[fe80::1%eth0]:8080", "[::ffff:1.2.3.4]:53", "0.0.0.0:0", "1.2.3.4:65535"} {
		ap, err := netip.ParseAddrPort(s)
		fmt.Printf("%-22s %-22v addr=%-16v port=%-5d valid=%v %v\n", s, ap, ap.Addr(), ap.Port(), ap.IsValid(), err)
	}
	for _, s := range []string{"1.2.3.4", ":80", "1.2.3.4:", "[::1:80", "1.2.3.4:65536", "1.2.3.4:http", "[1.2.3.4]:80", "::1:80", "1.2.3:80", "[]:80"} {
		ap, err := netip.ParseAddrPort(s)
		fmt.Println(ap.IsValid(), err)
	}
	ap := netip.AddrPortFrom(netip.MustParseAddr("2001:db8::5"), 8443)
	fmt.Println(ap, ap == netip.MustParseAddrPort("[2001:db8::5]:8443"))
	var zero netip.AddrPort
	fmt.Println(zero, zero.IsValid(), zero.Port())
}

// Output:
// 1.2.3.4:80             1.2.3.4:80             addr=1.2.3.4          port=80    valid=true <nil>
// [::1]:443              [::1]:443              addr=::1              port=443   valid=true <nil>
// [fe80::1%eth0]:8080    [fe80::1%eth0]:8080    addr=fe80::1%eth0     port=8080  valid=true <nil>
// [::ffff:1.2.3.4]:53    [::ffff:1.2.3.4]:53    addr=::ffff:1.2.3.4   port=53    valid=true <nil>
// 0.0.0.0:0              0.0.0.0:0              addr=0.0.0.0          port=0     valid=true <nil>
// 1.2.3.4:65535          1.2.3.4:65535          addr=1.2.3.4          port=65535 valid=true <nil>
// false not an ip:port
// false no IP
// false no port
// false missing ]
// false invalid port "65536" parsing "1.2.3.4:65536"
// false invalid port "http" parsing "1.2.3.4:http"
// false invalid ip:port "[1.2.3.4]:80", square brackets can only be used with IPv6 addresses
// false invalid ip:port "::1:80", IPv6 addresses must be surrounded by square brackets
// false ParseAddr("1.2.3"): IPv4 address too short
// false ParseAddr(""): unable to parse IP
// [2001:db8::5]:8443 true
// invalid AddrPort false 0
