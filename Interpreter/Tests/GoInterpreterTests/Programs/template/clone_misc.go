// Clone (independent sets sharing parsed trees), IsTrue, HTMLEscape/JSEscape to a writer,
// and a zero Template.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

func main() {
	base := template.Must(template.New("page").Funcs(template.FuncMap{"up": strings.ToUpper}).
		Parse(`<{{template "body" .}}>{{define "body"}}base {{up .}}{{end}}`))
	c1 := template.Must(template.Must(base.Clone()).Parse(`{{define "body"}}one {{up .}}{{end}}`))
	c2 := template.Must(base.Clone())
	template.Must(c2.New("body").Parse(`two {{.}}`))
	for _, t := range []*template.Template{base, c1, c2} {
		t.Execute(os.Stdout, "x")
		fmt.Println(" " + t.Name())
	}

	for _, v := range []any{0, 1, "", "s", nil, []int{}, map[string]int{"a": 1}, struct{}{}, (*int)(nil)} {
		truth, ok := template.IsTrue(v)
		fmt.Print(truth, ok, " ")
	}
	fmt.Println()

	var b strings.Builder
	template.HTMLEscape(&b, []byte(`<a href="x">`))
	b.WriteString(" ")
	template.JSEscape(&b, []byte(`'</script>'`))
	fmt.Println(b.String())

	var zero template.Template
	fmt.Printf("%q\n", zero.Name())
	_, err := zero.Parse("zero {{.}}")
	fmt.Println(err)
	zero.Execute(os.Stdout, 1)
	fmt.Println()
}

// Output:
// <base X> page
// <one X> page
// <two x> page
// false true true true false true true true false true false true true true true true false true 
// &lt;a href=&#34;x&#34;&gt; \'\u003C/script\u003E\'
// ""
// <nil>
// zero 1
