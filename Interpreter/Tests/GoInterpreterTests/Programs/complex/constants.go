package main

import "fmt"

const (
	I       = 1i
	MinusFour = 2i * 2i
	Half    = (1 + 1i) / (2 + 2i)
)

func main() {
	var n int = MinusFour
	var f float64 = Half
	fmt.Println(n, f, I*I)
	fmt.Printf("%T %T %v\n", I, MinusFour, real(MinusFour))
	const c64 complex64 = 0.1 + 0.2i
	fmt.Println(c64, complex128(c64) == 0.1+0.2i)
	var x = 3 + 0i
	fmt.Printf("%T %v\n", x, x)
	const r = real(3 + 4i)
	var k int = r
	fmt.Println(k, imag(5i)+1)
}

// Output:
// -4 0.5 (-1+0i)
// complex128 complex128 -4
// (0.1+0.2i) false
// complex128 (3+0i)
// 3 6
