// Execute writes to any io.Writer: interpreted ones, strings.Builder, os.Stdout; write
// errors come back from Execute.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type recorder struct {
	data []byte
}

func (r *recorder) Write(p []byte) (int, error) {
	r.data = append(r.data, p...)
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

type upper struct{ sb *strings.Builder }

func (u upper) Write(p []byte) (int, error) { return u.sb.WriteString(strings.ToUpper(string(p))) }

func main() {
	t := template.Must(template.New("w").Parse(`{{range .}}<{{.}}>{{end}}`))
	r := &recorder{}
	fmt.Println(t.Execute(r, []string{"a", "b"}), string(r.data))
	fmt.Println(t.Execute(failing{}, []string{"x"}))
	var sb strings.Builder
	t.Execute(&sb, []int{1, 2})
	t.Execute(&sb, []int{3})
	fmt.Println(sb.String(), sb.Len())
	u := upper{sb: &strings.Builder{}}
	t.Execute(u, []string{"shout"})
	fmt.Println(u.sb.String())
	t.Execute(os.Stdout, []string{"stdout"})
	fmt.Println()
	var w interface{ Write([]byte) (int, error) } = r
	t.Execute(w, []string{"c"})
	fmt.Println(string(r.data))
	// Executing a parsed template many times gives the same result each time.
	same := true
	for i := 0; i < 100; i++ {
		var b strings.Builder
		t.Execute(&b, []int{i})
		if b.String() != fmt.Sprintf("<%d>", i) {
			same = false
		}
	}
	fmt.Println(same)
}

// Output:
// <nil> <a><b>
// disk full
// <1><2><3> 9
// <SHOUT>
// <stdout>
// <a><b><c>
// true
