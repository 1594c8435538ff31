package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(-a, real(a), imag(b))
	var c complex128
	fmt.Println(c, c == 0)
	c += a
	c *= 2
	c -= 1i
	fmt.Println(c)
	c++
	fmt.Println(c)
	c /= 2
	fmt.Println(c)
	x, y := 2.5, -1.0
	z := complex(x, y)
	fmt.Println(z, real(z)*2, imag(z)*2)
	fmt.Println(a == complex(1, 2), a != b, a == b)
}

// Output:
// (4-2i) (-2+6i) (11+2i) (-0.2+0.4i)
// (-1-2i) 1 -4
// (0+0i) true
// (2+3i)
// (3+3i)
// (1.5+1.5i)
// (2.5-1i) 5 -2
// true true false
