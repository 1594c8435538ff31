package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println("unused imports are only warnings here")
}

// Output:
// unused imports are only warnings here
