package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(20))
	var x int8 = 127
	x++
	fmt.Println(x)
	var u uint8 = 0
	u--
	fmt.Println(u, 7/2, -7%3, 1<<10)
	s := "héllo"
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println(len(s))
}

// Output:
// 6765
// -128
// 255 3 -1 1024
// 0:h 1:é 3:l 4:l 5:o 6
