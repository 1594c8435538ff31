// Delims and Option("missingkey=...").
package main

import (
	"fmt"
	"os"
	"text/template"
)

func exec(t *template.Template, data any) {
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	d := template.Must(template.New("d").Delims("[[", "]]").Parse(`{{.}} [[.]] [[- " x " -]] ]]`))
	exec(d, "v")
	a := template.Must(template.New("a").Delims("<%", "%>").Parse(`<%define "x"%>X<%.%><%end%><%template "x" .%>{{`))
	exec(a, 1)
	n := template.Must(template.New("n").Delims("", "").Parse(`{{.}}`))
	exec(n, "default delims")

	m := map[string]int{"a": 1}
	exec(template.Must(template.New("o").Parse(`{{.a}} {{.b}}`)), m)
	exec(template.Must(template.New("o").Option("missingkey=default").Parse(`{{.a}} {{.b}}`)), m)
	exec(template.Must(template.New("o").Option("missingkey=zero").Parse(`{{.a}} {{.b}}`)), m)
	exec(template.Must(template.New("o").Option("missingkey=error").Parse(`{{.a}} {{.b}}`)), m)
	exec(template.Must(template.New("o").Option("missingkey=zero").Parse(`{{.b}}`)), map[string]any{})
	exec(template.Must(template.New("o").Option("missingkey=error").Parse(`{{.x}}`)), nil)

	defer func() { fmt.Println("recovered:", recover()) }()
	template.New("bad").Option("missingkey=sometimes")
}

// Output:
// {{.}} v x ]]
// X1{{
// default delims
// 1 <no value>
// 1 <no value>
// 1 0
// 1 error: template: o:1:9: executing "o" at <.b>: map has no entry for key "b"
// <no value>
// error: template: o:1:2: executing "o" at <.x>: nil data; no entry for key "x"
// recovered: unrecognized option: missingkey=sometimes
