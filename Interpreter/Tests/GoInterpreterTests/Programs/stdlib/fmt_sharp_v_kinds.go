package main

import "fmt"

type ID int
type Name string
type Pt struct{ X, Y float64 }

func main() {
	fmt.Printf("%#v|%#v|%#v|%#v|%#v\n", ID(5), Name("n"), 1.0, float32(2.5), uint8(7))
	fmt.Printf("%#v|%#v|%#v\n", []ID{1}, Pt{1, 0.5}, map[Name]bool{"a": true})
	fmt.Printf("%#v|%#v|%#v\n", true, 'x', "q\"s")
	fmt.Printf("%#v|%#v\n", [0]int{}, []string{})
	fmt.Printf("%#v\n", struct {
		a []int
		b map[int]int
	}{})
	fmt.Printf("%#x|%#q|%#U\n", "hi", "hi", '⌘')
	fmt.Printf("%#v\n", 1e21)
	fmt.Printf("%#v %#v\n", 100000000.0, 1e-5)
}

// Output:
// 5|"n"|1|2.5|0x7
// []main.ID{1}|main.Pt{X:1, Y:0.5}|map[main.Name]bool{"a":true}
// true|120|"q\"s"
// [0]int{}|[]string{}
// struct { a []int; b map[int]int }{a:[]int(nil), b:map[int]int(nil)}
// 0x6869|`hi`|U+2318 '⌘'
// 1e+21
// 1e+08 1e-05
