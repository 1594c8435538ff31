package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := -7, 2
	fmt.Println(a/b, a%b, -a/b, a/-b, a%-b, 7%-2)
	min := int64(math.MinInt64)
	neg := int64(-1)
	fmt.Println(min/neg, min%neg, -min == min)
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8/-1)
	var u uint = 0
	u--
	fmt.Println(u == math.MaxUint, u+2)
	var u16 uint16 = 65535
	fmt.Println(u16*u16, u16+1, ^u16)
	x := int32(math.MaxInt32)
	fmt.Println(x+1, x*2, int64(x)*2)
	small, big8 := uint8(200), uint8(100)
	fmt.Println(7>>1, -7>>1, -7/2, small+big8) // constants are exact; uint8 variables wrap
}

// Output:
// -3 -1 3 3 -1 1
// -9223372036854775808 0 true
// -128 -128 -128
// true 1
// 1 0 0
// -2147483648 -2 4294967294
// 3 -4 -3 44
