package main

import (
	"fmt"
	"net"
	"net/netip"
	"net/url"
	"strings"
)

// Config is what a Traefik-style plugin receives: trusted proxies and an allow list.
type Config struct {
	TrustedProxies []string
	AllowList      []string
	RedirectBase   string
}

type Filter struct {
	trusted []netip.Prefix
	allowed []*net.IPNet
	base    *url.URL
}

func New(cfg Config) (*Filter, error) {
	f := &Filter{}
	for _, s := range cfg.TrustedProxies {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return nil, fmt.Errorf("trusted proxy: %w", err)
		}
		f.trusted = append(f.trusted, p.Masked())
	}
	for _, s := range cfg.AllowList {
		if !strings.Contains(s, "/") {
			if strings.Contains(s, ":") {
				s += "/128"
			} else {
				s += "/32"
			}
		}
		_, n, err := net.ParseCIDR(s)
		if err != nil {
			return nil, fmt.Errorf("allow list: %w", err)
		}
		f.allowed = append(f.allowed, n)
	}
	base, err := url.Parse(cfg.RedirectBase)
	if err != nil {
		return nil, err
	}
	f.base = base
	return f, nil
}

func (f *Filter) trustedPeer(remoteAddr string) bool {
	ap, err := netip.ParseAddrPort(remoteAddr)
	if err != nil {
		return false
	}
	for _, p := range f.trusted {
		if p.Contains(ap.Addr().Unmap()) {
			return true
		}
	}
	return false
}

// ClientIP takes the right-most untrusted X-Forwarded-For entry when the peer is trusted.
func (f *Filter) ClientIP(remoteAddr, xff string) string {
	host, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		host = remoteAddr
	}
	if xff == "" || !f.trustedPeer(remoteAddr) {
		return host
	}
	parts := strings.Split(xff, ",")
	for i := len(parts) - 1; i >= 0; i-- {
		candidate := strings.TrimSpace(parts[i])
		a, err := netip.ParseAddr(candidate)
		if err != nil {
			continue
		}
		trusted := false
		for _, p := range f.trusted {
			if p.Contains(a.Unmap()) {
				trusted = true
			}
		}
		if !trusted {
			return a.Unmap().String()
		}
	}
	return host
}

func (f *Filter) Allowed(ip string) bool {
	parsed := net.ParseIP(ip)
	for _, n := range f.allowed {
		if n.Contains(parsed) {
			return true
		}
	}
	return false
}

func (f *Filter) Deny(requestURI, clientIP string) string {
	ref, err := url.Parse(requestURI)
	if err != nil {
		return "bad request: " + err.Error()
	}
	target := f.base.ResolveReference(&url.URL{Path: "denied"})
	q := target.Query()
	q.Set("from", ref.Path)
	if ref.RawQuery != "" {
		q.Set("query", ref.RawQuery)
	}
	q.Set("ip", clientIP)
	target.RawQuery = q.Encode()
	return target.String()
}

func main() {
	_, err := New(Config{TrustedProxies: []string{"10.0.0.0/33"}})
	fmt.Println(err)
	_, err = New(Config{AllowList: []string{"300.0.0.1"}})
	fmt.Println(err)

	f, err := New(Config{
		TrustedProxies: []string{"10.0.0.0/8", "fd00::/8"},
		AllowList:      []string{"192.0.2.0/24", "2001:db8::1", "198.51.100.7"},
		RedirectBase:   "https://auth.example.com/gate/?lang=en",
	})
	if err != nil {
		panic(err)
	}
	requests := []struct{ remote, xff, uri string }{
		{"10.1.1.1:5555", "192.0.2.55, 10.2.2.2", "/admin?x=1"},
		{"10.1.1.1:5555", "203.0.113.9", "/private/data file"},
		{"203.0.113.9:4000", "192.0.2.55", "/sneaky"},
		{"[fd00::1]:443", "2001:db8::1", "/v6"},
		{"[::ffff:10.0.0.7]:80", "garbage, ::ffff:198.51.100.7", "/mapped"},
		{"10.1.1.1:5555", "", "/%zz"},
	}
	for _, r := range requests {
		ip := f.ClientIP(r.remote, r.xff)
		if f.Allowed(ip) {
			fmt.Println(ip, "allowed", r.uri)
		} else {
			fmt.Println(ip, "denied ->", f.Deny(r.uri, ip))
		}
	}
}

// Output:
// trusted proxy: netip.ParsePrefix("10.0.0.0/33"): prefix length out of range
// allow list: invalid CIDR address: 300.0.0.1/32
// 192.0.2.55 allowed /admin?x=1
// 203.0.113.9 denied -> https://auth.example.com/gate/denied?from=%2Fprivate%2Fdata+file&ip=203.0.113.9
// 203.0.113.9 denied -> https://auth.example.com/gate/denied?from=%2Fsneaky&ip=203.0.113.9
// 2001:db8::1 allowed /v6
// 198.51.100.7 allowed /mapped
// 10.1.1.1 denied -> bad request: parse "/%zz": invalid URL escape "%zz"
