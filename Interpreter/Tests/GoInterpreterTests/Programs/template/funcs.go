// Funcs: interpreted and native functions, variadic ones, (value, error) results, pipelines
// into functions, the call builtin, recursion through defined templates.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Data struct {
	Name string
	Nums []int
	Fn   func(int) int
	Bad  func() (int, error)
}

func main() {
	funcs := template.FuncMap{
		"upper":  strings.ToUpper,
		"repeat": strings.Repeat,
		"add":    func(a, b int) int { return a + b },
		"join":   func(sep string, parts ...string) string { return strings.Join(parts, sep) },
		"safe": func(s string) (string, error) {
			if s == "" {
				return "", errors.New("empty input")
			}
			return "<" + s + ">", nil
		},
		"double": func(x any) string { return fmt.Sprint(x, x) },
		"dec":    func(n int) int { return n - 1 },
		"boom":   func() string { panic("kaboom") },
		"list":   func(xs ...int) []int { return xs },
	}
	d := Data{Name: "Ann", Nums: []int{1, 2, 3}, Fn: func(x int) int { return x * x },
		Bad: func() (int, error) { return 0, errors.New("bad call") }}
	run := func(text string) {
		t, err := template.New("f").Funcs(funcs).Parse(text)
		if err != nil {
			fmt.Println("parse error:", err)
			return
		}
		if err := t.Execute(os.Stdout, d); err != nil {
			fmt.Print("error: ", err)
		}
		fmt.Println()
	}
	run(`{{upper .Name}} {{add 2 3}} {{.Name | upper}} {{join "-" "a" "b" "c"}} {{join ","}} {{safe .Name}} {{double 7}}`)
	run(`{{$s := 0}}{{range .Nums}}{{$s = add $s .}}{{end}}{{$s}} {{repeat "ab" 3}} {{3 | repeat "y" | len}}`)
	run(`{{call .Fn 4}} {{.Fn | printf "%T"}} {{len (list 1 2 3)}} {{index (list 7 8) 1}}`)
	run(`{{define "down"}}{{.}}{{if gt . 0}} {{template "down" (dec .)}}{{end}}{{end}}{{template "down" 3}}`)
	run(`{{"in" | join "+" "a"}} {{.Name | join "+" "a" "b"}}`)
	run(`{{safe ""}}`)
	run(`{{call .Bad}}`)
	run(`{{boom}}`)
	run(`{{add 1}}`)
	run(`{{add 1 "x"}}`)
	run(`{{nosuch 1}}`)
	run(`{{call .Name}}`)

	defer func() { fmt.Println("recovered:", recover()) }()
	template.New("x").Funcs(template.FuncMap{"notfunc": 3})
}

// Output:
// ANN 5 ANN a-b-c  <Ann> 7 7
// 6 ababab 3
// 16 func(int) int 3 8
// 3 2 1 0
// a+in a+b+Ann
// error: template: f:1:2: executing "f" at <safe "">: error calling safe: empty input
// error: template: f:1:2: executing "f" at <call .Bad>: error calling call: bad call
// error: template: f:1:2: executing "f" at <boom>: error calling boom: kaboom
// error: template: f:1:2: executing "f" at <add>: wrong number of args for add: want 2 got 1
// error: template: f:1:8: executing "f" at <"x">: expected integer; found "x"
// parse error: template: f:1: function "nosuch" not defined
// error: template: f:1:2: executing "f" at <call .Name>: error calling call: non-function .Name of type string
// recovered: value for notfunc not a function
