package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func main() {
	fmt.Println(KB, MB, GB)
	fmt.Println(YB / ZB, YB>>70, float64(YB))
	const huge = 1 << 100
	fmt.Println(huge>>98, huge%7)
	var s uint = 2
	fmt.Println(int8(1)<<s<<5, int8(1<<6))
}

// Output:
// 1024 1048576 1073741824
// 1024 1024 1.2089258196146292e+24
// 4 2
// -128 64
