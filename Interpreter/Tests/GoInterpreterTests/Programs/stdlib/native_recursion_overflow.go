package main

import "fmt"

// Endless recursion through native code (a String method printing itself via fmt) would grow
// Go's stack until it dies; here it ends the program the same way instead of the host.
type Loop struct{ n int }

func (l Loop) String() string { return fmt.Sprint(Loop{l.n + 1}) }

func main() {
	fmt.Println("start")
	defer fmt.Println("deferred calls do not run after a fatal error")
	fmt.Println(Loop{})
}

// Fatal: stack overflow
// start
