// Text, comments and the {{- -}} trim markers.
package main

import (
	"fmt"
	"os"
	"text/template"
)

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println("|")
}

func main() {
	run("a  {{- 1 -}}  b", nil)
	run("x {{/* comment */}} y", nil)
	run("x {{- /* comment */ -}} y", nil)
	run("{{- \"s\" }}\n  {{- 2}}\n", nil)
	run("{{1}}{{- 2 -}}{{3}}", nil)
	run("line1\n{{- /* gone */}}\nline2", nil)
	run("{{-3}} {{- -3}}", nil)
	run("{{/* multi\nline */}}after", nil)
	run("plain text only", nil)
	run("", nil)
	run("{{\"a\"}}\n\t\n{{- \"b\" -}}\n\t\n{{\"c\"}}", nil)
}

// Output:
// a1b|
// x  y|
// xy|
// s2
// |
// 123|
// line1
// line2|
// -3-3|
// after|
// plain text only|
// |
// abc|
