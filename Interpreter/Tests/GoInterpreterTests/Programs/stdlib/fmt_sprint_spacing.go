package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("x", 1, "y"), fmt.Sprint(errors.New("e"), 1))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, true))
	fmt.Print("no", "space", 1, 2, "\n")
	fmt.Println(fmt.Sprint(nil, nil), fmt.Sprint([]int{1}, []int{2}))
}

// Output:
// ab1 2c3.5 true false
// 1 2 x1y e 1
// "a 1 true\n"
// nospace1 2
// <nil> <nil> [1] [2]
