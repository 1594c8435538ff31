package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	fmt.Printf("%5v|%-4d|%03d\n", []int{1, 2}, []int{3}, [2]int{4, 5})
	fmt.Printf("%6v|%x|%X\n", T{1, "b"}, []int{10, 255}, map[string]int{"k": 171})
	fmt.Printf("%8.2f|%v\n", []float64{1.234, 5}, map[string]T{"z": {2, "c"}})
	fmt.Printf("%+v|%#v\n", []T{{1, "x"}}, []interface{}{1, "a", nil})
	fmt.Printf("%v|%+v\n", struct {
		P *T
		I interface{}
	}{nil, T{}}, struct{ E error }{})
	fmt.Printf("%s|%q|%v\n", []byte("hi"), []byte("hi"), []byte("hi"))
	fmt.Printf("%d|%s\n", []byte("hi"), [2]byte{104, 105})
	fmt.Printf("%t|%08.3f|%+.2e\n", []bool{true, false}, -1.5, 12345.678)
	fmt.Printf("%#v\n", struct{ E error }{})
	fmt.Printf("%#v|%#v\n", map[string]any{"a": nil}, nil)
}

// Output:
// [    1     2]|[3   ]|[004 005]
// {     1      b}|[a ff]|map[6B:AB]
// [    1.23     5.00]|map[z:{2 c}]
// [{A:1 B:x}]|[]interface {}{1, "a", interface {}(nil)}
// {<nil> {0 }}|{E:<nil>}
// hi|"hi"|[104 105]
// [104 105]|hi
// [true false]|-001.500|+1.23e+04
// struct { E error }{E:error(nil)}
// map[string]interface {}{"a":interface {}(nil)}|<nil>
