package main

import (
	"errors"
	"fmt"
)

func try(f func()) {
	defer func() { fmt.Printf("%v %T\n", recover(), recover()) }()
	f()
}

func main() {
	try(func() { panic("text") })
	try(func() { panic(42) })
	try(func() { panic(errors.New("an error")) })
	try(func() { panic(fmt.Sprintf("%d", 7)) })
	panic(errors.New("final"))
}

// Panic: final
// text <nil>
// 42 <nil>
// an error <nil>
// 7 <nil>
