package main

import "fmt"

const big = 1 << 64

func main() {
	fmt.Println(big >> 62) // fine: the constant expression is exact
	var x int64 = big
	fmt.Println(x)
}

// Error: cannot use big (untyped int constant 18446744073709551616) as int64 value in variable declaration (overflows)
