package main

import (
	"fmt"
	"math"
	"math/cmplx"
	"strconv"
)

func main() {
	fmt.Println(cmplx.Abs(3+4i), cmplx.Conj(1+2i), cmplx.Phase(-1), cmplx.Phase(1i) == math.Pi/2)
	fmt.Println(cmplx.Sqrt(-4), cmplx.Sqrt(2i), cmplx.Sqrt(3+4i), cmplx.Sqrt(0))
	fmt.Println(cmplx.Exp(0), cmplx.IsNaN(cmplx.NaN()), cmplx.IsNaN(complex(math.Inf(1), math.NaN())))
	fmt.Println(cmplx.Inf(), cmplx.IsInf(cmplx.Inf()), cmplx.Abs(cmplx.Inf()))
	fmt.Printf("%.3f\n", cmplx.Exp(complex(0, math.Pi)))
	r, theta := cmplx.Polar(2i)
	fmt.Println(r, theta == math.Pi/2)
	fmt.Println(strconv.FormatComplex(1.5-2i, 'f', 2, 128), strconv.FormatComplex(complex(0.1, 0), 'g', -1, 64))
}

// Output:
// 5 (1-2i) 3.141592653589793 true
// (0+2i) (1+1i) (2+1i) (0+0i)
// (1+0i) true false
// (+Inf+Infi) true +Inf
// (-1.000+0.000i)
// 2 true
// (1.50-2.00i) (0.1+0i)
