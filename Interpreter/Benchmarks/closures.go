package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 1000000; i++ {
		f := func(x int) int { return x + i }
		total += f(1)
	}
	fmt.Println(total)
}
