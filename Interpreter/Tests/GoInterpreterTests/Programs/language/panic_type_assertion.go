package main

import "fmt"

type T struct{}

func main() {
	var x interface{} = "str"
	n, ok := x.(int)
	fmt.Println(n, ok)
	_ = x.(T)
}

// Panic: interface conversion: interface {} is string, not main.T
// 0 false
