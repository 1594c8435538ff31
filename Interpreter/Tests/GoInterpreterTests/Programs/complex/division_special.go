package main

import (
	"fmt"
	"math"
)

func main() {
	var zero complex128
	one := 1 + 1i
	fmt.Println(one / zero)
	fmt.Println(zero / zero)
	inf := math.Inf(1)
	fmt.Println(complex(inf, 0) / (1 + 1i))
	fmt.Println(complex(inf, inf) / (1 + 1i))
	fmt.Println(complex(inf, inf) / complex(1, 0))
	fmt.Println(one / complex(inf, inf))
	fmt.Println(complex(-2, 0) / zero)
	n := -zero
	fmt.Println(n, 1/real(n) < 0)
	nan := complex(math.NaN(), 0)
	fmt.Println(nan == nan, nan != nan)
	big := 1e300i
	huge := 1e200 + 1e200i
	fmt.Println(big*big, huge/huge)
}

// Output:
// (+Inf+Infi)
// (NaN+NaNi)
// (+Inf-Infi)
// (+Inf+NaNi)
// (+Inf+Infi)
// (0+0i)
// (-Inf+NaNi)
// (-0-0i) true
// false true
// (-Inf+0i) (1+0i)
