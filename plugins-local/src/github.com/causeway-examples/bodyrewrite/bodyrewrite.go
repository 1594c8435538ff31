// Package bodyrewrite rewrites response bodies with find/replace pairs and fixes the
// Content-Length header to match the new body.
package bodyrewrite

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"strconv"
)

// Replacement replaces every occurrence of Find with Replace.
type Replacement struct {
	Find    string
	Replace string
}

// Config lists the replacements, applied in order.
type Config struct {
	Replacements []Replacement
}

// CreateConfig returns the default configuration: no replacements.
func CreateConfig() *Config {
	return &Config{}
}

type bodyRewrite struct {
	name         string
	next         http.Handler
	replacements []Replacement
}

// New checks the replacements once, when the middleware is built.
func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
	if len(config.Replacements) == 0 {
		return nil, fmt.Errorf("bodyrewrite: no replacements configured")
	}
	for i, r := range config.Replacements {
		if r.Find == "" {
			return nil, fmt.Errorf("bodyrewrite: replacement %d has an empty Find", i)
		}
	}
	return &bodyRewrite{name: name, next: next, replacements: config.Replacements}, nil
}

// bufferingWriter holds the status and body back until the handler is done, so the body can
// be rewritten as a whole and its length known before anything is sent.
type bufferingWriter struct {
	http.ResponseWriter
	status int
	body   bytes.Buffer
}

func (w *bufferingWriter) WriteHeader(status int) {
	if w.status == 0 {
		w.status = status
	}
}

func (w *bufferingWriter) Write(p []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.body.Write(p)
}

func (b *bodyRewrite) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	// Ask the upstream for an uncompressed body: compressed bytes cannot be searched.
	req.Header.Del("Accept-Encoding")

	bw := &bufferingWriter{ResponseWriter: rw}
	b.next.ServeHTTP(bw, req)
	if bw.status == 0 {
		bw.status = http.StatusOK
	}

	body := bw.body.Bytes()
	if rw.Header().Get("Content-Encoding") == "" {
		for _, r := range b.replacements {
			body = bytes.ReplaceAll(body, []byte(r.Find), []byte(r.Replace))
		}
	}
	rw.Header().Set("Content-Length", strconv.Itoa(len(body)))
	rw.WriteHeader(bw.status)
	// A write error means the client went away; there is nobody left to tell.
	_, _ = rw.Write(body)
}
