package main

import (
	"errors"
	"fmt"
)

type S int

func (s S) String() string { return fmt.Sprintf("S(%d)", int(s)) }

type E struct{}

func (E) Error() string { return "E!" }

type G struct{ n int }

func (G) GoString() string { return "G-go" }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type PtrOnly struct{ v int }

func (p *PtrOnly) String() string { return "ptr" }

func main() {
	fmt.Println(S(3))
	fmt.Printf("%v|%s|%d|%q\n", S(3), S(3), S(3), S(4))
	fmt.Println(E{}, errors.New("plain"))
	fmt.Printf("%v|%+v|%#v\n", G{1}, G{1}, G{1})
	fmt.Println(Both{})
	fmt.Println(struct{ A S }{5}, struct{ a S }{5})
	fmt.Println([]S{1, 2}, map[S]S{1: 2})
	v := PtrOnly{7}
	fmt.Println(v, &v)
	fmt.Printf("%v|%s\n", []error{E{}}, fmt.Sprint(S(9)))
}

// Output:
// S(3)
// S(3)|S(3)|3|"S(4)"
// E! plain
// {1}|{n:1}|G-go
// as-error
// {S(5)} {5}
// [S(1) S(2)] map[S(1):S(2)]
// {7} ptr
// [E!]|S(9)
