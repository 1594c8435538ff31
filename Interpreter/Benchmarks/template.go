package main

import (
	"fmt"
	"strings"
	"text/template"
)

type Header map[string][]string

func (h Header) Get(key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

type Request struct {
	Method string
	Header Header
}

// A header template parsed once and executed per request, as a middleware does.
func main() {
	t := template.Must(template.New("h").Parse(`{{ .Header.Get "X-Id" }}-{{ .Method }}`))
	req := &Request{Method: "GET", Header: Header{"X-Id": {"user-42"}}}
	var b strings.Builder
	total := 0
	for i := 0; i < 100000; i++ {
		b.Reset()
		if err := t.Execute(&b, req); err != nil {
			panic(err)
		}
		total += b.Len()
	}
	fmt.Println(total)
}
