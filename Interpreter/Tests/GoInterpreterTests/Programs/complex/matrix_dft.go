package main

import (
	"fmt"
	"strings"
)

type Matrix [2][2]complex128

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func dft(x []complex128) []complex128 {
	n := len(x)
	out := make([]complex128, n)
	// Twiddle factors for n = 4 are exactly 1, -i, -1, i.
	w := []complex128{1, -1i, -1, 1i}
	for k := 0; k < n; k++ {
		for t := 0; t < n; t++ {
			out[k] += x[t] * w[(k*t)%n]
		}
	}
	return out
}

func main() {
	rot := Matrix{{0, -1}, {1, 0}}
	id := Matrix{{1, 0}, {0, 1}}
	fmt.Println(rot.Mul(rot), rot.Mul(id) == rot)
	fmt.Println(dft([]complex128{1, 2, 3, 4}))
	var parts []string
	// Squares keep IEEE signed zeros: (-1+0i)^2 has imaginary part -1*0 + 0*-1 = -0.
	for _, z := range []complex128{1, 1i, -1, -1i} {
		parts = append(parts, fmt.Sprintf("%.0f", z*z))
	}
	fmt.Println(strings.Join(parts, " "))
	// (-1+0i)*(0+2i): real part -1*0 - 0*2 = -0, printed as such.
	p := &rot[0][1]
	*p *= 2i
	fmt.Println(rot[0])
}

// Output:
// [[(-1+0i) (0+0i)] [(0+0i) (-1+0i)]] true
// [(10+0i) (-2+2i) (-2+0i) (-2-2i)]
// (1+0i) (-1+0i) (1-0i) (-1-0i)
// [(0+0i) (-0-2i)]
