package main

import (
	"errors"
	"fmt"
	"runtime"
)

type shape interface{ area() float64 }

type stringer interface{ String() string }

type square struct{ side float64 }

func (s square) area() float64 { return s.side * s.side }

type node struct{ next *node }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		err, isError := r.(error)
		msg := fmt.Sprint(r)
		if isError {
			msg = err.Error()
		}
		fmt.Printf("%s: %s (runtime.Error=%v)\n", name, msg, isRuntime)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("negative index", func() { j := -1; _ = s[j] })
	try("slice high", func() { _ = s[1:i] })
	try("slice low>high", func() { lo := 3; hi := 2; _ = s[lo:hi] })
	try("slice3", func() { _ = s[0:2:i] })
	arr := [3]int{}
	try("array index", func() { _ = arr[i%8] })
	str := "abc"
	try("string index", func() { _ = str[i] })
	try("string slice", func() { _ = str[2:i] })
	var m map[string]int
	try("nil map write", func() { m["a"] = 1 })
	fmt.Println("nil map read:", m["a"], len(m))
	zero := 0
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	var p *node
	try("nil deref", func() { _ = p.next })
	var sh shape
	try("nil interface call", func() { sh.area() })
	var x any = "hello"
	try("type assert", func() { _ = x.(int) })
	try("type assert iface", func() { _ = x.(shape) })
	var y any = square{2}
	try("missing method", func() { _ = y.(stringer) })
	var none any
	try("assert on nil", func() { _ = none.(int) })
	try("custom panic", func() { panic("boom") })
	try("error panic", func() { panic(errors.New("bad thing")) })
	try("panic int", func() { panic(42) })
	try("uncomparable", func() {
		var a, b any = []int{1}, []int{1}
		_ = a == b
	})
	try("map key uncomparable", func() {
		mm := map[any]int{}
		mm[[]int{1}] = 1
	})
	var ch chan int
	try("close nil chan", func() { close(ch) })
	c2 := make(chan int)
	close(c2)
	try("close closed", func() { close(c2) })
	try("send closed", func() { c2 <- 1 })
	v, ok := <-c2
	fmt.Println("recv closed:", v, ok)
	try("make negative", func() { n := -1; _ = make([]int, n) })
	try("shift", func() { n := -1; _ = 1 << n })
	try("array pointer nil", func() { var ap *[3]int; _ = ap[1] })
	try("conversion to array", func() { _ = [4]int(s) })
}

// Output:
// index: runtime error: index out of range [5] with length 3 (runtime.Error=true)
// negative index: runtime error: index out of range [-1] (runtime.Error=true)
// slice high: runtime error: slice bounds out of range [:5] with capacity 3 (runtime.Error=true)
// slice low>high: runtime error: slice bounds out of range [3:2] (runtime.Error=true)
// slice3: runtime error: slice bounds out of range [::5] with capacity 3 (runtime.Error=true)
// array index: runtime error: index out of range [5] with length 3 (runtime.Error=true)
// string index: runtime error: index out of range [5] with length 3 (runtime.Error=true)
// string slice: runtime error: slice bounds out of range [:5] with length 3 (runtime.Error=true)
// nil map write: assignment to entry in nil map (runtime.Error=true)
// nil map read: 0 0
// divide: runtime error: integer divide by zero (runtime.Error=true)
// modulo: runtime error: integer divide by zero (runtime.Error=true)
// nil deref: runtime error: invalid memory address or nil pointer dereference (runtime.Error=true)
// nil interface call: runtime error: invalid memory address or nil pointer dereference (runtime.Error=true)
// type assert: interface conversion: interface {} is string, not int (runtime.Error=true)
// type assert iface: interface conversion: string is not main.shape: missing method area (runtime.Error=true)
// missing method: interface conversion: main.square is not main.stringer: missing method String (runtime.Error=true)
// assert on nil: interface conversion: interface {} is nil, not int (runtime.Error=true)
// custom panic: boom (runtime.Error=false)
// error panic: bad thing (runtime.Error=false)
// panic int: 42 (runtime.Error=false)
// uncomparable: runtime error: comparing uncomparable type []int (runtime.Error=true)
// map key uncomparable: runtime error: hash of unhashable type []int (runtime.Error=true)
// close nil chan: close of nil channel (runtime.Error=true)
// close closed: close of closed channel (runtime.Error=true)
// send closed: send on closed channel (runtime.Error=true)
// recv closed: 0 false
// make negative: runtime error: makeslice: len out of range (runtime.Error=true)
// shift: runtime error: negative shift amount (runtime.Error=true)
// array pointer nil: runtime error: invalid memory address or nil pointer dereference (runtime.Error=true)
// conversion to array: runtime error: cannot convert slice with length 3 to array or pointer to array with length 4 (runtime.Error=true)
