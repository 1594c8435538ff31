// range over slices, arrays, maps (sorted keys), integers and channels, with variables,
// else, break and continue.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type item struct{ Name string }

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	run(`{{range .}}{{.}},{{end}}`, []int{1, 2, 3})
	run(`{{range $i, $v := .}}{{$i}}={{$v}} {{end}}`, [3]string{"a", "b", "c"})
	run(`{{range $k, $v := .}}{{$k}}:{{$v}};{{end}}`, map[string]int{"z": 26, "a": 1, "m": 13})
	run(`{{range .}}{{.}}{{end}}`, map[int]string{3: "c", 1: "a", 2: "b", -1: "neg"})
	run(`{{range 4}}{{.}}{{end}}`, nil)
	run(`{{range $i := 3}}[{{$i}}]{{end}}`, nil)
	run(`{{range .}}x{{else}}empty{{end}}`, []int{})
	run(`{{range .}}x{{else}}nil map{{end}}`, map[string]int(nil))
	run(`{{range .}}{{if eq . 3}}{{break}}{{end}}{{if eq . 1}}{{continue}}{{end}}{{.}}{{end}}`, []int{0, 1, 2, 3, 4})
	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	run(`{{range .}}{{.}}{{end}}`, ch)
	run(`{{range $v := .}}{{$v}}{{end}}`, []string{"p", "q"})
	run(`{{range .}}{{.Name}} {{end}}`, []*item{{"a"}, {"b"}})
	run(`{{range .}}{{.}}{{end}}`, nil)
	run(`{{range $i, $e := .}}{{range $e}}{{$i}}{{.}} {{end}}{{end}}`, [][]string{{"a", "b"}, {"c"}})
	run(`{{$last := ""}}{{range .}}{{$last = .}}{{end}}{{$last}}`, []string{"one", "two"})
	run(`{{range $i, $v := .}}{{if $i}}, {{end}}{{$v}}{{end}}`, []string{"x", "y", "z"})
	run(`{{range .}}{{.}}{{end}}`, 3.5)
}

// Output:
// 1,2,3,
// 0=a 1=b 2=c 
// a:1;m:13;z:26;
// negabc
// 0123
// [0][1][2]
// empty
// nil map
// 02
// xy
// pq
// a b 
// 
// 0a 0b 1c 
// two
// x, y, z
// error: template: t:1:8: executing "t" at <.>: range can't iterate over 3.5
