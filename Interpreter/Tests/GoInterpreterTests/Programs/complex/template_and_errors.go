package main

import (
	"encoding/json"
	"fmt"
	"os"
	"text/template"
)

type Signal struct {
	Z       complex128
	Samples []complex64
}

func main() {
	t := template.Must(template.New("t").Parse("{{.Z}} {{index .Samples 0}} {{printf \"%.1f\" .Z}} {{len .Samples}}\n"))
	if err := t.Execute(os.Stdout, Signal{1 + 2i, []complex64{3i}}); err != nil {
		fmt.Println(err)
	}
	_, err := json.Marshal(Signal{})
	fmt.Println(err)
	defer func() { fmt.Println("recovered:", recover()) }()
	var m map[complex128]int
	m[1i] = 1
}

// Output:
// (1+2i) (0+3i) (1.0+2.0i) 1
// json: unsupported type: complex128
// recovered: assignment to entry in nil map
