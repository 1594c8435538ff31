// Package headertemplate sets request headers from text/template templates evaluated over the
// incoming request, e.g. `X-Path: "{{ .URL.Path }}"`.
package headertemplate

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"text/template"
)

// Config maps a header name to the template that produces its value.
type Config struct {
	Headers map[string]string
}

// CreateConfig returns the default configuration: no headers.
func CreateConfig() *Config {
	return &Config{Headers: make(map[string]string)}
}

type headerTemplate struct {
	name      string
	next      http.Handler
	templates map[string]*template.Template
}

// New parses every template once, so a broken template fails when the middleware is built
// rather than on each request.
func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
	if len(config.Headers) == 0 {
		return nil, fmt.Errorf("headertemplate: no headers configured")
	}
	templates := make(map[string]*template.Template, len(config.Headers))
	for header, text := range config.Headers {
		tmpl, err := template.New(header).Parse(text)
		if err != nil {
			return nil, fmt.Errorf("headertemplate: header %q: %w", header, err)
		}
		templates[header] = tmpl
	}
	return &headerTemplate{name: name, next: next, templates: templates}, nil
}

func (h *headerTemplate) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	var buf bytes.Buffer
	for header, tmpl := range h.templates {
		buf.Reset()
		if err := tmpl.Execute(&buf, req); err != nil {
			http.Error(rw, "header template failed", http.StatusInternalServerError)
			return
		}
		req.Header.Set(header, buf.String())
	}
	h.next.ServeHTTP(rw, req)
}
