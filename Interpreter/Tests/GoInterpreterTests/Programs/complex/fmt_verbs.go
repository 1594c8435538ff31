package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	c := 1 + 2i
	fmt.Printf("%v|%g|%f|%e|%.2f|%T\n", c, c, c, c, c, c)
	n := -1.5 - 0.25i
	fmt.Printf("%v|%.1f|%+.3g\n", n, n, n)
	fmt.Println(fmt.Sprint(c, n), fmt.Sprintf("%v", []complex128{c, 0}))
	var c64 complex64 = 3i
	fmt.Printf("%v %T %.3e\n", c64, c64, c64)
	fmt.Printf("%d\n", c)
	// Width and precision apply to each part; %+v is struct-field syntax, not a sign flag.
	fmt.Printf("%8.2f|%-7.1f|%+v|%x\n", c, c, c, c)
	_, err := json.Marshal(c)
	fmt.Println(err)
}

// Output:
// (1+2i)|(1+2i)|(1.000000+2.000000i)|(1.000000e+00+2.000000e+00i)|(1.00+2.00i)|complex128
// (-1.5-0.25i)|(-1.5-0.2i)|(-1.5-0.25i)
// (1+2i) (-1.5-0.25i) [(1+2i) (0+0i)]
// (0+3i) complex64 (0.000e+00+3.000e+00i)
// %!d(complex128=(1+2i))
// (    1.00   +2.00i)|(1.0    +2.0   i)|(1+2i)|(0x1p+00+0x1p+01i)
// json: unsupported type: complex128
