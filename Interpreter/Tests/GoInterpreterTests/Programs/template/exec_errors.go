// Execution errors: Go's "template: NAME:LINE:COL: executing ... at <NODE>: ..." texts, and
// the output written before the failure.
package main

import (
	"errors"
	"fmt"
	"strings"
	"text/template"
)

type T struct {
	A    int
	b    int
	P    *T
	M    map[string]int
	L    []int
	Ch   chan int
	Err  error
	Any  any
	Name string
}

func (T) Fail() (string, error) { return "", errors.New("boom") }
func (T) Two() (int, int)        { return 1, 2 }
func (T) Add(x int) int          { return x + 1 }
func (T) Panic() string          { panic("oops") }
func (T) Idx(i int) int          { return []int{1}[i] }

func run(text string, data any) {
	var b strings.Builder
	t, err := template.New("e").Parse(text)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	err = t.Execute(&b, data)
	fmt.Printf("%q %v\n", b.String(), err)
}

func main() {
	d := T{A: 1, b: 2, M: map[string]int{"k": 1}, L: []int{1}, Ch: make(chan int), Name: "n"}
	run(`{{.Missing}}`, d)
	run(`{{.b}}`, d)
	run(`{{.Fail}}`, d)
	run(`{{.P.A}}`, d)
	run(`{{.Two}}`, d)
	run(`{{.Add}}`, d)
	run(`{{.Add "x"}}`, d)
	run(`{{.A.B}}`, d)
	run(`{{3 4}}`, d)
	run(`{{nil}}`, d)
	run(`{{template "nope"}}`, d)
	run(`ok {{.Missing}} never`, d)
	run(`{{.Panic}}`, d)
	run(`{{.Idx 3}}`, d)
	run(`{{.Ch}}`, d)
	run(`{{.Err.Error}}`, d)
	run(`{{.Any.X}}`, d)
	run(`{{.A 1}}`, d)
	run(`{{.M.k 1}}`, d)
	run(`{{.Name | .Add}}`, d)
	run("line one\n  {{.Nope}}", d)
	run(`{{.X}}`, nil)
	run(`{{if .Ch}}{{end}}{{with 1}}{{.}}{{end}}{{.Add nil}}`, d)
	fmt.Println(template.New("empty").Execute(&strings.Builder{}, nil))
	t := template.Must(template.New("outer").Parse(`{{define "inner"}}
{{.Nope}}{{end}}{{template "inner" .}}`))
	fmt.Println(t.Execute(&strings.Builder{}, d))
}

// Output:
// "" template: e:1:2: executing "e" at <.Missing>: can't evaluate field Missing in type main.T
// "" template: e:1:2: executing "e" at <.b>: b is an unexported field of struct type main.T
// "" template: e:1:2: executing "e" at <.Fail>: error calling Fail: boom
// "" template: e:1:4: executing "e" at <.P.A>: nil pointer evaluating *main.T.A
// "" template: e:1:2: executing "e" at <.Two>: can't call method/function "Two" with 2 results
// "" template: e:1:2: executing "e" at <.Add>: wrong number of args for Add: want 1 got 0
// "" template: e:1:7: executing "e" at <"x">: expected integer; found "x"
// "" template: e:1:4: executing "e" at <.A.B>: can't evaluate field B in type int
// "" template: e:1:2: executing "e" at <3>: can't give argument to non-function 3
// "" template: e:1:2: executing "e" at <nil>: nil is not a command
// "" template: e:1:11: executing "e" at <{{template "nope"}}>: template "nope" not defined
// "ok " template: e:1:5: executing "e" at <.Missing>: can't evaluate field Missing in type main.T
// "" template: e:1:2: executing "e" at <.Panic>: error calling Panic: oops
// "" template: e:1:2: executing "e" at <.Idx>: error calling Idx: runtime error: index out of range [3] with length 1
// "" template: e:1:2: executing "e" at <{{.Ch}}>: can't print {{.Ch}} of type chan int
// "" template: e:1:6: executing "e" at <.Err.Error>: nil pointer evaluating error.Error
// "" template: e:1:6: executing "e" at <.Any.X>: nil pointer evaluating interface {}.X
// "" template: e:1:2: executing "e" at <.A>: A has arguments but cannot be invoked as function
// "" template: e:1:4: executing "e" at <.M.k>: k is not a method but has arguments
// "" template: e:1:10: executing "e" at <.Add>: wrong type for value; expected int; got string
// "line one\n  " template: e:2:4: executing "e" at <.Nope>: can't evaluate field Nope in type main.T
// "<no value>" <nil>
// "1" template: e:1:46: executing "e" at <nil>: cannot assign nil to int
// template: empty: "empty" is an incomplete or empty template
// template: outer:2:2: executing "inner" at <.Nope>: can't evaluate field Nope in type main.T
