// The gateway's use: a header value built per request from a template parsed once, with
// methods of map types (Header.Get), native methods (time.Duration) and nested pointers.
package main

import (
	"fmt"
	"strings"
	"text/template"
	"time"
)

type Header map[string][]string

func (h Header) Get(key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func (h Header) Values(key string) []string { return h[key] }

type URL struct {
	Path     string
	RawQuery string
}

type Request struct {
	Method string
	Host   string
	URL    *URL
	Header Header
}

type Config struct {
	Headers map[string]string
}

type Plugin struct {
	templates map[string]*template.Template
	timeout   time.Duration
}

func New(cfg Config) (*Plugin, error) {
	p := &Plugin{templates: map[string]*template.Template{}, timeout: 2500 * time.Millisecond}
	for name, text := range cfg.Headers {
		t, err := template.New(name).Parse(text)
		if err != nil {
			return nil, err
		}
		p.templates[name] = t
	}
	return p, nil
}

func (p *Plugin) Headers(req *Request) []string {
	var out []string
	for _, name := range []string{"X-User", "X-Route", "X-Timeout"} {
		t, ok := p.templates[name]
		if !ok {
			continue
		}
		var b strings.Builder
		data := map[string]any{"Request": req, "Timeout": p.timeout}
		if name == "X-User" {
			if err := t.Execute(&b, req); err != nil {
				out = append(out, name+": error "+err.Error())
				continue
			}
		} else if err := t.Execute(&b, data); err != nil {
			out = append(out, name+": error "+err.Error())
			continue
		}
		out = append(out, name+": "+b.String())
	}
	return out
}

func main() {
	p, err := New(Config{Headers: map[string]string{
		"X-User":    `{{ .Header.Get "X-Id" }}-{{ .Method }}`,
		"X-Route":   `{{ with .Request }}{{ .Host }}{{ .URL.Path }}{{ if .URL.RawQuery }}?{{ .URL.RawQuery }}{{ end }} [{{ range $i, $v := .Header.Values "Accept" }}{{ if $i }},{{ end }}{{ $v }}{{ end }}]{{ end }}`,
		"X-Timeout": `{{ .Timeout }} ({{ .Timeout.Milliseconds }}ms)`,
	}})
	fmt.Println(err)
	p2, err := New(Config{Headers: map[string]string{"X-Bad": "{{ .Header.Get }"}})
	fmt.Println(p2 == nil, err)
	_ = p2

	reqs := []*Request{
		{Method: "GET", Host: "a.example", URL: &URL{Path: "/x"}, Header: Header{"X-Id": {"42"}, "Accept": {"text/html", "*/*"}}},
		{Method: "POST", Host: "b.example", URL: &URL{Path: "/y", RawQuery: "q=1"}, Header: Header{}},
	}
	for _, r := range reqs {
		for _, h := range p.Headers(r) {
			fmt.Println(h)
		}
	}
}

// Output:
// <nil>
// true template: X-Bad:1: unexpected "}" in operand
// X-User: 42-GET
// X-Route: a.example/x [text/html,*/*]
// X-Timeout: 2.5s (2500ms)
// X-User: -POST
// X-Route: b.example/y?q=1 []
// X-Timeout: 2.5s (2500ms)
