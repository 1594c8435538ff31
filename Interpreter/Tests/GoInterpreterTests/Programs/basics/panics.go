package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func main() {
	fmt.Println(safeDiv(6, 3))
	fmt.Println(safeDiv(1, 0))
	defer fmt.Println("deferred")
	err := errors.New("boom")
	fmt.Println(err)
	var m map[string]int
	m["x"] = 1
}

// Panic: assignment to entry in nil map
// 2 <nil>
// 0 recovered: runtime error: integer divide by zero
// boom
// deferred
