package main

import "fmt"

func main() {
	var p *int
	var s []int
	var m map[string]int
	var e error
	var f func()
	var i interface{}
	fmt.Printf("%v|%v|%v|%v|%v|%v\n", p, s, m, e, f, i)
	fmt.Printf("%#v|%#v|%#v|%#v|%#v\n", p, s, m, e, i)
	fmt.Printf("%T|%T|%T|%T|%T\n", p, s, m, e, i)
	fmt.Printf("%d|%s|%q\n", s, []string(nil), []string{})
	fmt.Println(p, s, m, e, i, s == nil, len(m))
	fmt.Printf("%s\n", p)
}

// Output:
// <nil>|[]|map[]|<nil>|<nil>|<nil>
// (*int)(nil)|[]int(nil)|map[string]int(nil)|<nil>|<nil>
// *int|[]int|map[string]int|<nil>|<nil>
// []|[]|[]
// <nil> [] map[] <nil> <nil> true 0
// %!s(*int=<nil>)
