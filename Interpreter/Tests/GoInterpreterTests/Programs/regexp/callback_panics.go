package main

import (
	"fmt"
	"regexp"
)

var calls int

// A panic inside a replacement function unwinds through ReplaceAll*Func; no further calls are
// made. An uncaught MustCompile failure ends the program with Go's message.
func main() {
	num := regexp.MustCompile(`\d`)
	func() {
		defer func() { fmt.Println("recovered:", recover(), "after", calls, "calls") }()
		num.ReplaceAllStringFunc("1 2 3 4", func(s string) string {
			calls++
			if s == "2" {
				panic("no twos")
			}
			return "n"
		})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		num.ReplaceAllFunc([]byte("12"), func(b []byte) []byte {
			var m map[string]int
			m["x"] = 1
			return b
		})
	}()
	// Bad match indices panic in Expand as slicing would.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		num.ExpandString(nil, "$0", "abc", []int{1, 9})
	}()
	fmt.Println(num.ReplaceAllStringFunc("a1b2", func(s string) string { return "<" + s + ">" }))
	regexp.MustCompile(`(?P<name`)
	fmt.Println("not reached")
}

// Panic: regexp: Compile(`(?P<name`): error parsing regexp: invalid named capture: `(?P<name`
// recovered: no twos after 2 calls
// recovered: assignment to entry in nil map
// recovered: runtime error: slice bounds out of range [:9] with length 3
// a<1>b<2>
