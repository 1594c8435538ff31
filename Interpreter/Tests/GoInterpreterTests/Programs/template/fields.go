// Field, map key and method access on structs, pointers, maps and interfaces.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type Address struct {
	City string
	Zip  string
}

func (a Address) String() string { return a.City + "/" + a.Zip }

type Person struct {
	Name   string
	Age    int
	Home   Address
	Work   *Address
	Nick   *string
	Meta   map[string]int
	Any    any
	Err    error
	Score  float64
	Active bool
}

func (p Person) Title(prefix string) string { return prefix + " " + p.Name }
func (p *Person) Older(years int) int      { return p.Age + years }

type Named interface{ Title(string) string }

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	nick := "ace"
	p := Person{Name: "Ann", Age: 30, Home: Address{"Oslo", "0150"}, Work: &Address{"Bergen", "5003"}, Nick: &nick,
		Meta: map[string]int{"logins": 3}, Any: 42, Score: 2.5, Active: true}
	run("{{.Name}} {{.Age}} {{.Score}} {{.Active}}", p)
	run("{{.Home.City}} {{.Work.Zip}} {{.Home}} {{.Work}}", p)
	run("{{.Nick}} {{.Meta.logins}} {{.Meta.missing}} {{.Any}} {{.Err}}", p)
	run("{{.Title \"Dr.\"}} {{.Older 5}}", &p)
	run("{{.Older 1}}", p)
	run("{{.}}", map[string]string{"b": "2", "a": "1"})
	run("{{.Home}} {{.Home.City}}", &p)
	var n Named = p
	run("{{.Title \"Ms.\"}}", n)
	run("{{.x.y}}", map[string]any{"x": map[string]string{"y": "deep"}})
	run("{{.}}", nil)
}

// Output:
// Ann 30 2.5 true
// Oslo 5003 Oslo/0150 Bergen/5003
// ace 3 <no value> 42 <nil>
// Dr. Ann 35
// error: template: t:1:2: executing "t" at <.Older>: can't evaluate field Older in type main.Person
// map[a:1 b:2]
// Oslo/0150 Oslo
// Ms. Ann
// deep
// <no value>
