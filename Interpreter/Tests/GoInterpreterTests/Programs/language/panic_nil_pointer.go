package main

import "fmt"

type node struct{ next *node; v int }

func main() {
	var n *node
	fmt.Println(n == nil)
	fmt.Println(n.v)
}

// Panic: runtime error: invalid memory address or nil pointer dereference
// true
