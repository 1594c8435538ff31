package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(3.14159, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1234.5678, 'g', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(float64(float32(0.1)), 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(math.Copysign(0, -1), 'g', -1, 64), strconv.FormatFloat(math.Inf(1), 'f', 2, 64), strconv.FormatFloat(math.Inf(-1), 'e', -1, 64), strconv.FormatFloat(math.NaN(), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(255, 'x', -1, 64), strconv.FormatFloat(1, 'b', -1, 64))
	fmt.Println(strconv.FormatFloat(123456789, 'E', -1, 64), strconv.FormatFloat(100, 'g', 2, 64), strconv.FormatFloat(0.000012345, 'g', 3, 64))
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("inf", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1.5e", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatInt(-255, 2), strconv.FormatUint(math.MaxUint64, 36), strconv.Itoa(-0))
	fmt.Println(string(strconv.AppendInt([]byte("n="), -7, 10)), string(strconv.AppendFloat(nil, 1.5, 'f', 1, 64)))
}

// Output:
// 3.14 3.142e+00
// 1234.5678 1e+21
// 0.1 0.10000000149011612
// 2 4 1.00
// -0 +Inf -Inf NaN
// 0x1.fep+07 4503599627370496p-52
// 1.23456789E+08 1e+02 1.23e-05
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// +Inf <nil>
// 0.25 <nil>
// 0 strconv.ParseFloat: parsing "1.5e": invalid syntax
// -11111111 3w5e11264sgsf 0
// n=-7 1.5
