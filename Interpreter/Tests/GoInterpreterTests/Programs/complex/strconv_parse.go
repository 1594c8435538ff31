package main

import (
	"fmt"
	"strconv"
)

// ParseComplex accepts N, Ni or N±Ni (optionally parenthesised, no spaces); a second NaN
// part needs "+"; an out-of-range part gives ±Inf with a range error.
func main() {
	for _, s := range []string{"1+2i", "(3-4.5i)", "2i", "-i", "i", "1e3", "1e+3-1e-3i", "+Inf-NaNi", "inf+nani", "NaN+Infi", "1++2i", "1+2", "(1+2i", "1e400+1i", "0x1p-2+0x1p2i", "1_000+2i", "infinity-infinityi", "1 + 2i"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(s, "=>", c, err)
	}
	c, err := strconv.ParseComplex("0.1+0.2i", 64)
	fmt.Println(c, err, complex64(c))
}

// Output:
// 1+2i => (1+2i) <nil>
// (3-4.5i) => (3-4.5i) <nil>
// 2i => (0+2i) <nil>
// -i => (0+0i) strconv.ParseComplex: parsing "-i": invalid syntax
// i => (0+0i) strconv.ParseComplex: parsing "i": invalid syntax
// 1e3 => (1000+0i) <nil>
// 1e+3-1e-3i => (1000-0.001i) <nil>
// +Inf-NaNi => (0+0i) strconv.ParseComplex: parsing "+Inf-NaNi": invalid syntax
// inf+nani => (+Inf+NaNi) <nil>
// NaN+Infi => (NaN+Infi) <nil>
// 1++2i => (0+0i) strconv.ParseComplex: parsing "1++2i": invalid syntax
// 1+2 => (0+0i) strconv.ParseComplex: parsing "1+2": invalid syntax
// (1+2i => (0+0i) strconv.ParseComplex: parsing "(1+2i": invalid syntax
// 1e400+1i => (+Inf+1i) strconv.ParseComplex: parsing "1e400+1i": value out of range
// 0x1p-2+0x1p2i => (0.25+4i) <nil>
// 1_000+2i => (1000+2i) <nil>
// infinity-infinityi => (+Inf-Infi) <nil>
// 1 + 2i => (0+0i) strconv.ParseComplex: parsing "1 + 2i": invalid syntax
// (0.10000000149011612+0.20000000298023224i) <nil> (0.1+0.2i)
