// if / else if / else, with / else with / else, and the truth of values.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type D struct {
	Zero  int
	One   int
	Empty string
	S     string
	Nil   *int
	L     []int
	M     map[string]int
	St    struct{}
	F     float64
	Arr   [0]int
	Fn    func()
	E     error
}

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	d := D{One: 1, S: "str", M: map[string]int{"k": 1}, Fn: func() {}}
	run(`{{if .Zero}}a{{else if .One}}b{{else}}c{{end}}`, d)
	run(`{{if .Zero}}a{{else if .Empty}}b{{else}}c{{end}}`, d)
	run(`{{if .Empty}}x{{else}}empty{{end}} {{if .S}}{{.S}}{{end}}`, d)
	run(`{{if .Nil}}x{{else}}nil{{end}} {{if .L}}x{{else}}nolist{{end}} {{if .M}}m{{end}}`, d)
	run(`{{with .S}}<{{.}}>{{else}}none{{end}} {{with .Empty}}<{{.}}>{{else}}none{{end}}`, d)
	run(`{{with .Empty}}a{{else with .S}}b:{{.}}{{else}}c{{end}}`, d)
	run(`{{if and .One .S}}both{{end}} {{if or .Zero .Empty}}x{{else}}neither{{end}}`, d)
	run(`{{if not .Zero}}notzero{{end}} {{if .St}}struct{{end}} {{if .F}}f{{else}}nof{{end}}`, d)
	run(`{{if .Arr}}a{{else}}noarr{{end}} {{if .Fn}}fn{{end}} {{if .E}}e{{else}}noerr{{end}}`, d)
	run(`{{if .}}yes{{else}}no{{end}}`, nil)
	run(`{{with $x := .One}}{{$x}}{{.}}{{end}}`, d)
	run(`{{if .Zero}}{{else}}{{with .M}}{{.k}}{{end}}{{end}}`, d)
}

// Output:
// b
// c
// empty str
// nil nolist m
// <str> none
// b:str
// both neither
// notzero struct nof
// noarr fn noerr
// no
// 11
// 1
