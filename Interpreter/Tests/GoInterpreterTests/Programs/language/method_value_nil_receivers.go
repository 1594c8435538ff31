package main

import "fmt"

type Shape interface{ Area() float64 }

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	func() {
		defer func() { fmt.Println("A recovered:", recover()) }()
		var s Shape
		f := s.Area
		fmt.Println("method value created")
		_ = f
	}()
	func() {
		defer func() { fmt.Println("B recovered:", recover()) }()
		var p *T
		g := p.Get // value receiver: *p is copied now
		fmt.Println("method value created")
		_ = g
	}()
	func() {
		defer func() { fmt.Println("C recovered:", recover()) }()
		var p *T
		defer p.Get() // receiver evaluated when the defer statement runs
		fmt.Println("deferred")
	}()
}

// Output:
// A recovered: runtime error: invalid memory address or nil pointer dereference
// B recovered: runtime error: invalid memory address or nil pointer dereference
// C recovered: runtime error: invalid memory address or nil pointer dereference
