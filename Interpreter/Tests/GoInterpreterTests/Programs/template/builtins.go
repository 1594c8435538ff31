// and, or, not, comparisons (eq with several operands, mixed int/uint), len, index, slice.
package main

import (
	"fmt"
	"os"
	"text/template"
)

type row struct{ Name string }

func run(text string, data any) {
	t := template.Must(template.New("t").Parse(text))
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Print("error: ", err)
	}
	fmt.Println()
}

func main() {
	data := map[string]any{
		"n": 3, "s": "abc", "list": []int{10, 20, 30}, "m": map[string]int{"k": 1}, "u": uint(3), "f": 1.5,
		"arr": [3]string{"x", "y", "z"}, "rows": []row{{"r0"}, {"r1"}}, "im": map[int64]string{2: "two"}, "nilp": (*row)(nil),
	}
	run(`{{eq .n 3}} {{eq .n 1 2 3}} {{eq .n 1 2}} {{ne .s "abc"}} {{lt .n 5}} {{le .n 3}} {{gt .f 1.0}} {{ge .s "abd"}}`, data)
	run(`{{eq .u 3}} {{lt .u 4}} {{gt 4 .u}} {{eq .s "abc" "x"}} {{lt "a" "b"}}`, data)
	run(`{{eq .nilp nil}} {{eq .missing .missing}}`, data)
	run(`{{len .s}} {{len .list}} {{len .m}} {{len .arr}} {{index .list 1}} {{index .m "k"}} {{index .m "zz"}} {{index .s 0}}`, data)
	run(`{{index .arr 2}} {{(index .rows 1).Name}} {{index .im 2}} {{index .}}`, data)
	run(`{{slice .s 1}} {{slice .s 1 2}} {{slice .list 1}} {{slice .list 0 2}} {{slice .list}} {{len (slice .list 1 2 3)}}`, data)
	run(`{{and 1 0 2}} {{and 1 2}} {{or 0 "" "x"}} {{or 0 ""}} {{not 0}} {{not "x"}}`, nil)
	run(`{{or 1 (index .list 10)}} {{and 0 (index .list 10)}} {{0 | and 1}} {{"p" | or 0}}`, data)
	run(`{{eq .s 1}}`, data)
	run(`{{lt true false}}`, data)
	run(`{{index .list 5}}`, data)
	run(`{{index .m 1}}`, data)
	run(`{{len 3}}`, data)
	run(`{{slice .list 2 1}}`, data)
	run(`{{not}}`, data)
	run(`{{eq 1}}`, data)
}

// Output:
// true true false false true true true false
// true true true true true
// true true
// 3 3 1 3 20 1 0 97
// z r1 two map[arr:[x y z] f:1.5 im:map[2:two] list:[10 20 30] m:map[k:1] n:3 nilp:<nil> rows:[{r0} {r1}] s:abc u:3]
// bc b [20 30] [10 20] [10 20 30] 1
// 0 2 x  true false
// 1 0 0 p
// error: template: t:1:2: executing "t" at <eq .s 1>: error calling eq: incompatible types for comparison
// error: template: t:1:2: executing "t" at <lt true false>: error calling lt: invalid type for comparison
// error: template: t:1:2: executing "t" at <index .list 5>: error calling index: index out of range: 5
// error: template: t:1:2: executing "t" at <index .m 1>: error calling index: value has type int; should be string
// error: template: t:1:2: executing "t" at <len 3>: error calling len: len of type int
// error: template: t:1:2: executing "t" at <slice .list 2 1>: error calling slice: invalid slice index: 2 > 1
// error: template: t:1:2: executing "t" at <not>: wrong number of args for not: want 1 got 0
// error: template: t:1:2: executing "t" at <eq 1>: error calling eq: missing argument for comparison
