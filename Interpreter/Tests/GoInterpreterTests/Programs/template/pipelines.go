// Pipelines, parenthesized pipelines, variables ($x :=, $x =, $) and their scopes.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Inner struct{ V string }

type Data struct {
	Outer string
	Inner *Inner
	Items []Inner
}

func (d Data) Wrap(s string) string { return "[" + s + "]" }

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	d := Data{Outer: "o", Inner: &Inner{V: "v"}, Items: []Inner{{"first"}, {"second"}}}
	run(`{{"hello" | printf "%s!"}}`, nil)
	run(`{{$x := 5}}{{$x}} {{$x = 7}}{{$x}}`, nil)
	run(`{{$n := .}}{{with .Inner}}{{$.Outer}}-{{.V}}-{{$n.Outer}}{{end}}`, d)
	run(`{{(printf "%d-%d" 1 2) | len}}`, nil)
	run(`{{printf "%q" (print 1 2 "x" "y" 3)}}`, nil)
	run(`{{if $v := .}}{{$v}}{{end}} {{$v := "shadow"}}{{$v}}`, "top")
	run(`{{"x" | .Wrap | .Wrap}}`, d)
	run(`{{(index .Items 1).V}} {{(index .Items 0).V | .Wrap}}`, d)
	run(`{{$x := 1}}{{if true}}{{$x = 2}}{{$y := 3}}{{$y}}{{end}}{{$x}}`, nil)
	run(`{{$}} {{$.Outer}}`, map[string]string{"Outer": "m"})
	run(`{{with $x := .Inner}}{{$x.V}}{{end}}`, d)
	run(`{{.Outer | printf "%s-%s" "a"}}`, d)
	run(`{{true}} {{false}} {{1.5}} {{1e3}} {{0x1F}} {{'a'}} {{-7}} {{"q\tq"}} {{`+"`raw\\n`"+`}}`, nil)
}

// Output:
// hello!
// 5 7
// o-v-o
// 3
// "1 2xy3"
// top shadow
// [[x]]
// second [first]
// 32
// map[Outer:m] m
// v
// a-o
// true false 1.5 1000 31 97 -7 q	q raw\n
