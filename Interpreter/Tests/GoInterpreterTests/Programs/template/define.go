// define, template, block, associated templates: New, Lookup, Templates, DefinedTemplates,
// ExecuteTemplate and redefinition.
package main

import (
	"fmt"
	"os"
	"sort"
	"text/template"
)

func main() {
	t := template.New("root")
	template.Must(t.Parse(`{{define "item"}}<{{.}}>{{end}}{{define "list"}}{{range .}}{{template "item" .}}{{end}}{{end}}root:{{template "list" .}}`))
	t.Execute(os.Stdout, []string{"a", "b"})
	fmt.Println()
	t.ExecuteTemplate(os.Stdout, "item", 5)
	fmt.Println()
	fmt.Println(t.ExecuteTemplate(os.Stdout, "nope", nil))
	fmt.Println(t.Lookup("item") != nil, t.Lookup("zzz") == nil, t.Lookup("item").Name(), t.Name())
	var names []string
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	sort.Strings(names)
	fmt.Println(names)

	// Redefining a template through a later Parse; the empty top-level text keeps "root".
	template.Must(t.Parse(`{{define "item"}}({{.}}){{end}}`))
	t.Execute(os.Stdout, []string{"a", "b"})
	fmt.Println()

	// block defines and runs a default; a later definition replaces it.
	b := template.Must(template.New("page").Parse(`[{{block "content" .}}default {{.}}{{end}}]`))
	b.Execute(os.Stdout, "v")
	fmt.Println()
	template.Must(b.New("content").Parse(`custom {{.}}`))
	b.Execute(os.Stdout, "v")
	fmt.Println()

	// template without a pipeline runs with no data; $ is the template's own argument.
	d := template.Must(template.New("d").Parse(`{{define "x"}}[{{.}}|{{$}}]{{end}}{{template "x"}}{{template "x" 7}}{{template "x" .}}`))
	d.Execute(os.Stdout, "top")
	fmt.Println()

	one := template.Must(template.New("one").Parse("x"))
	fmt.Printf("%q\n", one.DefinedTemplates())
	fmt.Printf("%q\n", template.New("none").DefinedTemplates())

	// Templates created with New share the set and can call each other.
	s := template.New("a")
	template.Must(s.New("b").Parse(`B{{.}}`))
	template.Must(s.Parse(`A{{template "b" .}}`))
	s.Execute(os.Stdout, 1)
	fmt.Println()
	fmt.Println(s.Lookup("b").Lookup("a").Name())


}

// Output:
// root:<a><b>
// <5>
// template: no template "nope" associated with template "root"
// true true item root
// [item list root]
// root:(a)(b)
// [default v]
// [custom v]
// [<no value>|<no value>][7|7][top|top]
// "; defined templates are: \"one\""
// ""
// AB1
// a
