// Package blocklist rejects, with 403 Forbidden, requests whose path matches one of a list of
// regular expressions or whose client address is in one of a list of CIDR ranges.
package blocklist

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"regexp"
)

// Config lists what to block.
type Config struct {
	// Paths are regular expressions (RE2 syntax) matched against the request path.
	Paths []string
	// SourceRanges are CIDR ranges (or single addresses) of blocked clients.
	SourceRanges []string
	// Message is the body of the 403 answer.
	Message string
}

// CreateConfig returns the default configuration: nothing blocked.
func CreateConfig() *Config {
	return &Config{Message: "Forbidden"}
}

type blocklist struct {
	name     string
	next     http.Handler
	paths    []*regexp.Regexp
	networks []*net.IPNet
	message  string
}

// New compiles the patterns and parses the ranges once, when the middleware is built.
func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
	if len(config.Paths) == 0 && len(config.SourceRanges) == 0 {
		return nil, fmt.Errorf("blocklist: nothing to block: set Paths or SourceRanges")
	}
	b := &blocklist{name: name, next: next, message: config.Message}
	for _, pattern := range config.Paths {
		re, err := regexp.Compile(pattern)
		if err != nil {
			return nil, fmt.Errorf("blocklist: path pattern %q: %w", pattern, err)
		}
		b.paths = append(b.paths, re)
	}
	for _, cidr := range config.SourceRanges {
		network, err := parseRange(cidr)
		if err != nil {
			return nil, fmt.Errorf("blocklist: source range %q: %w", cidr, err)
		}
		b.networks = append(b.networks, network)
	}
	return b, nil
}

// parseRange accepts a CIDR range or a single address (a range of one).
func parseRange(text string) (*net.IPNet, error) {
	if ip := net.ParseIP(text); ip != nil {
		bits := 128
		if ip.To4() != nil {
			ip = ip.To4()
			bits = 32
		}
		return &net.IPNet{IP: ip, Mask: net.CIDRMask(bits, bits)}, nil
	}
	_, network, err := net.ParseCIDR(text)
	return network, err
}

func (b *blocklist) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	if b.blocked(req) {
		http.Error(rw, b.message, http.StatusForbidden)
		return
	}
	b.next.ServeHTTP(rw, req)
}

func (b *blocklist) blocked(req *http.Request) bool {
	for _, re := range b.paths {
		if re.MatchString(req.URL.Path) {
			return true
		}
	}
	if len(b.networks) == 0 {
		return false
	}
	host, _, err := net.SplitHostPort(req.RemoteAddr)
	if err != nil {
		host = req.RemoteAddr
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return false
	}
	for _, network := range b.networks {
		if network.Contains(ip) {
			return true
		}
	}
	return false
}
