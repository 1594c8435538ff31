package main

import (
	"errors"
	"fmt"
)

func replaced() (msg string) {
	defer func() {
		// The newer panic replaces the one in flight; recover sees only it.
		msg = fmt.Sprint("recovered: ", recover())
	}()
	defer func() { panic("second") }()
	panic("first")
}

func deferredRunsAfterPanicInDefer() (log []string) {
	defer func() {
		recover()
		log = append(log, "outer")
	}()
	defer func() { log = append(log, "still runs") }()
	defer func() { panic(errors.New("in defer")) }()
	log = append(log, "body")
	return log
}

func panicWithoutPanicking() (r any) {
	defer func() { r = recover() }()
	defer func() {
		var m map[string]int
		m["x"] = 1
	}()
	return "normal"
}

func main() {
	fmt.Println(replaced())
	fmt.Println(deferredRunsAfterPanicInDefer())
	fmt.Println(panicWithoutPanicking())
}

// Output:
// recovered: second
// [body still runs outer]
// assignment to entry in nil map
