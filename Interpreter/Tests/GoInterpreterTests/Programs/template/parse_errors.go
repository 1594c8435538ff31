// Parse errors carry Go's wording and the line of the offending token.
package main

import (
	"fmt"
	"text/template"
)

func main() {
	for _, text := range []string{
		"{{.X",
		"{{if .X}}a",
		"{{end}}",
		"a{{else}}",
		"{{nofunc 1}}",
		"{{$x}}",
		"{{break}}",
		"{{range .}}{{continue 1}}{{end}}",
		"{{}}",
		"{{range}}{{end}}",
		"{{1 | 2}}",
		"line1\nline2 {{if}}",
		"{{\"unterminated}}",
		"{{/* x }}",
		"{{/* x */ .X}}",
		`{{define "a"}}x{{end}}{{define "a"}}y{{end}}`,
		"{{with $x := 1}}{{end}}{{$x}}",
		"{{if 1}}{{else}}{{else}}{{end}}",
		"{{template .X}}",
		"{{(1}}",
		"{{3x}}",
		"{{.X.}}",
		"{{range $a, $b, $c := .}}{{end}}",
		"{{with $a, $b := .}}{{end}}",
		"{{nil.X}}",
		"{{.X | \"s\"}}",
		"{{define \"d\"}}{{else}}{{end}}",
		"{{if .A}}\n{{else}}\n{{if .B}}\n",
		"{{'ab'}}",
		"{{# x}}",
	} {
		_, err := template.New("p").Parse(text)
		fmt.Println(err)
	}
}

// Output:
// template: p:1: unclosed action
// template: p:1: unexpected EOF
// template: p:1: unexpected {{end}}
// template: p:1: unexpected {{else}}
// template: p:1: function "nofunc" not defined
// template: p:1: undefined variable "$x"
// template: p:1: {{break}} outside {{range}}
// template: p:1: unexpected "1" in {{continue}}
// template: p:1: missing value for command
// template: p:1: missing value for range
// template: p:1: non executable command in pipeline stage 2
// template: p:2: missing value for if
// template: p:1: unterminated quoted string
// template: p:1: unclosed comment
// template: p:1: comment ends before closing delimiter
// template: p:1: template: multiple definition of template "a"
// template: p:1: undefined variable "$x"
// template: p:1: expected end; found {{else}}
// template: p:1: unexpected ".X" in template clause
// template: p:1: unclosed left paren
// template: p:1: bad number syntax: "3x"
// template: p:1: unexpected <.> in operand
// template: p:1: too many declarations in range
// template: p:1: too many declarations in with
// template: p:1: unexpected . after term "nil"
// template: p:1: non executable command in pipeline stage 2
// template: p:1: unexpected {{else}} in define clause
// template: p:4: unexpected EOF
// template: p:1: malformed character constant: 'ab'
// template: p:1: unexpected "#" in command
