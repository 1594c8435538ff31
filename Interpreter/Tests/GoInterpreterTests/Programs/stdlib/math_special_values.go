package main

import (
	"fmt"
	"math"
)

func main() {
	inf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(inf, ninf, nan)
	fmt.Printf("%v|%f|%.2f|%e|%5.1f|%05.1f|%+.1f|% f\n", inf, ninf, nan, inf, inf, inf, nan, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, math.IsNaN(nan), math.IsInf(ninf, -1), math.IsInf(ninf, 1), math.IsInf(inf, 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, math.Signbit(negZero), 1/negZero)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Log(-1), math.Max(nan, 1), math.Min(negZero, 0))
	fmt.Println(math.Floor(-1.5), math.Ceil(-1.5), math.Trunc(-1.5), math.Round(-2.5), math.RoundToEven(2.5), math.Round(0.5))
	fmt.Println(math.Mod(7, -3), math.Mod(-7, 3), math.Abs(ninf), math.Pow(2, -1), math.Pow(0, -1))
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8, math.MinInt16, math.MaxUint32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(math.Pi, float32(math.Pi), math.Float64bits(1), math.Float64frombits(0x7FF0000000000000))
	i, frac := math.Modf(-3.25)
	fmt.Println(i, frac, int64(math.Inf(1)) == int64(math.Inf(1)))
}

// Output:
// +Inf -Inf NaN
// +Inf|-Inf|NaN|+Inf| +Inf| +Inf|+NaN| NaN
// false true false true true false true
// +Inf -Inf false
// -0 true true -Inf
// NaN -Inf NaN NaN -0
// -2 -1 -1 -3 2 1
// 1 -1 +Inf 0.5 +Inf
// 9223372036854775807 -9223372036854775808 18446744073709551615 127 -32768 4294967295
// 1.7976931348623157e+308 5e-324 3.4028235e+38
// 3.141592653589793 3.1415927 4607182418800017408 +Inf
// -3 -0.25 true
