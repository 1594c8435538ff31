package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8, -i8, i8-1)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8, u8+2, u8*2)
	var i16 int16 = math.MaxInt16
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= u16
	fmt.Println(u16)
	var i32 int32 = math.MinInt32
	fmt.Println(i32-1, -i32, i32/-1)
	var u32 uint32 = 1 << 31
	fmt.Println(u32<<1, u32>>31, u32*3)
	var i64 int64 = math.MaxInt64
	fmt.Println(i64+1, -(i64 + 1), (i64+1)/-1)
	var u64 uint64 = math.MaxUint64
	fmt.Println(u64, u64+1, u64/3, u64%10)
	var ui uint = 0
	fmt.Println(ui - 1)

	// Division truncates toward zero; the remainder has the dividend's sign.
	fmt.Println(7/2, -7/2, 7/-2, -7/-2, 7%3, -7%3, 7%-3, -7%-3)
	// Shifts: by counts at or beyond the width, and arithmetic right shift of negatives.
	var s uint = 70
	one32 := int32(1)
	fmt.Println(1<<s, one32<<31, int8(-128)>>1, int8(-1)>>7, uint8(255)>>s, -5>>1)
	x := 1
	fmt.Println(x<<63, x<<64, int64(-1)<<63)

	// Conversions between sizes keep the low bits; sign extension from signed sources.
	big, n1 := 300, -1
	fmt.Println(int8(big), uint8(big), int16(-1), uint16(int8(n1)), uint32(int8(n1-1)), int64(uint32(1<<32-1)))
	n := -1
	fmt.Println(uint(n) == math.MaxUint, uint32(n), uint64(int32(n)))

	// Bitwise operators, including AND NOT.
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, ^uint8(a))
	fmt.Printf("%08b %o %x %X %#x %d\n", 5, 64, 255, 255, 255, 0o17+0x1F+0b11)
	fmt.Println(1_000_000, 0x_FF, 'a', '\x41', '\u00e9')

	// Constant expressions are exact; conversion happens on assignment.
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<99))
	const f = 1.0 / 3
	fmt.Println(f*3 == 1, float32(0.1), float64(float32(0.1)))

	// Float to int truncates toward zero.
	fl := -3.9
	fl2 := 3.9
	fmt.Println(int(fl), int(fl2), int64(1e18), uint8(255.0))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt32)
}

// Output:
// -128 -128 127
// 255 1 254
// -32767
// 1
// 2147483647 -2147483648 -2147483648
// 0 1 2147483648
// -9223372036854775808 -9223372036854775808 -9223372036854775808
// 18446744073709551615 0 6148914691236517205 5
// 18446744073709551615
// 3 -3 -3 3 1 -1 1 -1
// 0 -2147483648 -64 -1 0 -3
// -9223372036854775808 0 -9223372036854775808
// 44 44 -1 65535 4294967294 4294967295
// true 4294967295 18446744073709551615
// 8 14 6 4 -13 243
// 00000101 100 ff FF 0xff 49
// 1000000 255 97 65 233
// 4 2
// true 0.1 0.10000000149011612
// -3 3 1000000000000000000 255
// 127 -128 65535 2147483647
