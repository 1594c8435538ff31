// Promoted fields and methods through embedded structs and pointers, methods returning
// structs, variadic methods, and methods reached through interface-typed fields.
package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Base struct {
	ID   int
	Kind string
}

func (b Base) Describe() string  { return fmt.Sprintf("%s#%d", b.Kind, b.ID) }
func (b *Base) Bump(n int) int   { return b.ID + n }
func (b Base) Join(sep string, parts ...string) string {
	return strings.Join(append([]string{b.Kind}, parts...), sep)
}

type Meta struct{ Owner string }

type Item struct {
	Base
	*Meta
	Name string
}

func (i Item) Pair() Base { return Base{ID: i.ID * 10, Kind: "pair"} }

type Shape interface{ Area() int }

type Square struct{ Side int }

func (s *Square) Area() int { return s.Side * s.Side }

type Holder struct {
	S     Shape
	Items []Item
}

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	it := Item{Base: Base{ID: 7, Kind: "tool"}, Meta: &Meta{Owner: "ann"}, Name: "hammer"}
	run(`{{.ID}} {{.Kind}} {{.Base.ID}} {{.Owner}} {{.Name}} {{.Describe}}`, it)
	run(`{{.Bump 3}} {{.Pair.Describe}} {{.Pair.ID}} {{.Join "," "a" "b"}} {{.Join "-"}}`, &it)
	run(`{{.Bump 3}}`, it)
	run(`{{.Owner}}`, Item{Name: "no meta"})
	h := Holder{S: &Square{Side: 4}, Items: []Item{it}}
	run(`{{.S.Area}} {{range .Items}}{{.Bump 1}} {{.Name}}{{end}} {{(index .Items 0).Owner}}`, h)
	run(`{{with .S}}{{.Area}}{{end}} {{.S.Side}}`, h)
}

// Output:
// 7 tool 7 ann hammer tool#7
// 10 pair#70 70 tool,a,b tool
// error: template: t:1:2: executing "t" at <.Bump>: can't evaluate field Bump in type main.Item
// error: template: t:1:2: executing "t" at <.Owner>: reflect: indirection through nil pointer to embedded struct field Meta
// 16 8 hammer ann
// 16 4
