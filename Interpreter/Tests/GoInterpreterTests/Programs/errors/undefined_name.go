package main

import "fmt"

func main() {
	fmt.Println(count)
}

// Error: 6:14: undefined: count
