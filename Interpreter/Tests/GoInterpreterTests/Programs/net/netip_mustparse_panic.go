package main

import (
	"fmt"
	"net/netip"
)

func mustPrefix(s string) (p netip.Prefix, msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	return netip.MustParsePrefix(s), ""
}

func main() {
	p, msg := mustPrefix("10.0.0.0/8")
	fmt.Println(p, msg == "")
	_, msg = mustPrefix("10.0.0.0/40")
	fmt.Println(msg)
	_, err := netip.ParseAddr("bogus")
	if e, ok := err.(interface{ Error() string }); ok {
		fmt.Println("error value:", e.Error())
	}
	fmt.Println(netip.MustParseAddr("300.1.1.1"))
}

// Panic: ParseAddr("300.1.1.1"): IPv4 field has value >255
// 10.0.0.0/8 true
// recovered: netip.ParsePrefix("10.0.0.0/40"): prefix length out of range
// error value: ParseAddr("bogus"): unable to parse IP
