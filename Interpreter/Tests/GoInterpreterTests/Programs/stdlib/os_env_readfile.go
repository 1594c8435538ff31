package main

import (
	"fmt"
	"os"
)

func main() {
	_, ok := os.LookupEnv("CAUSEWAY_SURELY_UNSET_VARIABLE")
	fmt.Println(ok)
	data, err := os.ReadFile("/nonexistent-causeway-file")
	fmt.Println(len(data), err)
}

// Output:
// false
// 0 open /nonexistent-causeway-file: no such file or directory
