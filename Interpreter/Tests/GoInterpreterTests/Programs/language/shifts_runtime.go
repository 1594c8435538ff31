package main

import "fmt"

func main() {
	var i8 int8 = -128
	var u8 uint8 = 0x81
	n := uint(3)
	fmt.Println(i8>>1, i8>>7, i8>>100, i8<<1)
	fmt.Println(u8>>1, u8<<1, u8<<n, u8>>8)
	var x int64 = -1
	big := uint(64)
	fmt.Println(x>>big, x<<big, uint64(x)>>big, x>>63)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32, int32(u32)<<31)
	s := 33
	fmt.Println(1<<s, int32(1)<<s)
	var f = 1 << n // untyped constant 1 becomes int here
	fmt.Printf("%T %v\n", f, f)
}

// Output:
// -64 -1 -1 0
// 64 2 8 0
// -1 0 0 -1
// 2147483648 0 -2147483648
// 8589934592 0
// int 8
