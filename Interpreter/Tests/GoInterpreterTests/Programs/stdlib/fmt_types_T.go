package main

import "fmt"

type ID int
type Handler func(string) error

func main() {
	var ch chan<- int
	var rch <-chan string
	fmt.Printf("%T|%T|%T|%T\n", ch, rch, make(chan bool), Handler(nil))
	fmt.Printf("%T|%T|%T\n", func(int, ...string) (bool, error) { return false, nil }, struct{ A int }{}, [3]*ID{})
	fmt.Printf("%T|%T|%T|%T\n", ID(1), 'x', byte(1), 1+2i)
	fmt.Printf("%T|%T|%T\n", map[ID][]string{}, new(error), any(nil))
	fmt.Printf("%v %d %x\n", ID(7), []ID{1, 2}, ID(255))
}

// Output:
// chan<- int|<-chan string|chan bool|main.Handler
// func(int, ...string) (bool, error)|struct { A int }|[3]*main.ID
// main.ID|int32|uint8|complex128
// map[main.ID][]string|*error|<nil>
// 7 [1 2] ff
