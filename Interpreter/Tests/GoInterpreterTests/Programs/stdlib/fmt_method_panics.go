package main

import (
	"errors"
	"fmt"
)

type Boom struct{}

func (Boom) String() string { panic("boom") }

type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("err inside")) }

type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

type Deref struct{ p *int }

func (d Deref) String() string { return fmt.Sprint(*d.p) }

func main() {
	fmt.Println(Boom{})
	fmt.Printf("[%s] [%d]\n", Boom{}, 7)
	fmt.Println(BadErr{})
	var n *Node
	fmt.Println(n, &Node{"a"})
	fmt.Println(Deref{})
	fmt.Println("still running")
}

// Output:
// %!v(PANIC=String method: boom)
// [%!s(PANIC=String method: boom)] [7]
// %!v(PANIC=Error method: err inside)
// <nil> node a
// %!v(PANIC=String method: runtime error: invalid memory address or nil pointer dereference)
// still running
