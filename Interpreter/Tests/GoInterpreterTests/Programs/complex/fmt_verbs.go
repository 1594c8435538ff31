package main

import "fmt"

func main() {
	c := 1 + 2i
	fmt.Printf("%v|%g|%f|%e|%.2f|%T\n", c, c, c, c, c, c)
	n := -1.5 - 0.25i
	fmt.Printf("%v|%.1f|%+.3g\n", n, n, n)
	fmt.Println(fmt.Sprint(c, n), fmt.Sprintf("%v", []complex128{c, 0}))
	var c64 complex64 = 3i
	fmt.Printf("%v %T %.3e\n", c64, c64, c64)
	fmt.Printf("%d\n", c)
}

// Output:
// (1+2i)|(1+2i)|(1.000000+2.000000i)|(1.000000e+00+2.000000e+00i)|(1.00+2.00i)|complex128
// (-1.5-0.25i)|(-1.5-0.2i)|(-1.5-0.25i)
// (1+2i) (-1.5-0.25i) [(1+2i) (0+0i)]
// (0+3i) complex64 (0.000e+00+3.000e+00i)
// %!d(complex128=(1+2i))
