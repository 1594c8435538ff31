package main

import "fmt"

func main() {
	unused := 3
	fmt.Println("unused variables are warnings, not errors, in this interpreter")
}

// Output:
// unused variables are warnings, not errors, in this interpreter
