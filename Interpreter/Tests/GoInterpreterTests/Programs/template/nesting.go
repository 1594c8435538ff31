// Nesting limits. Go caps parenthesized pipelines at 10000 and template calls at 100000
// on growable stacks; this interpreter caps nesting at 1000 when parsing and 3000 lists
// (across template calls) when executing, so hostile templates cannot exhaust the stack.
package main

import (
	"fmt"
	"io"
	"strings"
	"text/template"
)

func main() {
	_, err := template.New("p").Parse(strings.Repeat("(", 2000) + "1" + strings.Repeat(")", 2000))
	fmt.Println(err)
	_, err = template.New("p").Parse("{{" + strings.Repeat("(", 999) + "1" + strings.Repeat(")", 999) + "}}")
	fmt.Println(err)
	_, err = template.New("p").Parse("{{" + strings.Repeat("(", 1001) + "1" + strings.Repeat(")", 1001) + "}}")
	fmt.Println(err)
	_, err = template.New("p").Parse(strings.Repeat("{{if 1}}", 1001) + strings.Repeat("{{end}}", 1001))
	fmt.Println(err)
	t := template.Must(template.New("p").Parse(`{{define "r"}}` + strings.Repeat("{{if 1}}", 900) + `{{template "r"}}` + strings.Repeat("{{end}}", 900) + `{{end}}{{template "r"}}`))
	fmt.Println(t.Execute(io.Discard, nil))
}

// Output:
// <nil>
// <nil>
// template: p:1: max expression depth exceeded
// template: p:1: max expression depth exceeded
// template: p:1:2379: executing "r" at <1>: exceeded maximum template nesting (3000)
