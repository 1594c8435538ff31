package main

import (
	"fmt"
	"math"
)

type Celsius float64

func main() {
	f := -2.7
	fmt.Println(int(f), int64(f+5.699), int(f+2.2)) // truncation toward zero
	big := 1e10
	fmt.Println(int32(int64(big)), float32(big), float32(0.1) == 0.1)
	fmt.Println(math.MaxFloat32, float32(big)*float32(big)*float32(big)*float32(big))
	var c Celsius = 36.6
	fmt.Printf("%.1f %T %v\n", c, c+1, float64(c) > 36)
	fmt.Println(5/2.0, 5.0/2, 1/3.0, 5/2)
	var i8 int8 = -1
	fmt.Println(uint8(i8), uint16(i8), uint64(i8), int64(uint8(i8)))
	r := 'a' + 1
	fmt.Printf("%T %v %c %q\n", r, r, r, r)
	const h = 'x' - 'a'
	fmt.Println(h, string(rune('a'+h)))
	// Constant arithmetic is exact; float64 arithmetic is not.
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	x, y := 0.1, 0.2
	fmt.Println(x+y, x+y == 0.3)
	var u32 uint32 = math.MaxUint32
	fmt.Println(float32(u32), float64(u32), int32(u32))
}

// Output:
// -2 2 0
// 1410065408 1e+10 true
// 3.4028234663852886e+38 +Inf
// 36.6 main.Celsius true
// 2.5 2.5 0.3333333333333333 2
// 255 65535 18446744073709551615 255
// int32 98 b 'b'
// 23 x
// 0.3 true
// 0.30000000000000004 false
// 4.2949673e+09 4.294967295e+09 -1
