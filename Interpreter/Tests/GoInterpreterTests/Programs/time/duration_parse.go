package main

import (
	"fmt"
	"time"
)

func main() {
	inputs := []string{
		"0", "5s", "300ms", "-1.5h", "2h45m", "1h15m30.918273645s", "1.000000001s", "100us", "100µs", "3ns",
		"+12m", ".5s", "1.s", "9223372036854775807ns", "-9223372036854775808ns",
		"", "x", "1", "1q", "-", "1.5", "s", "1h2", "9223372036854775808ns", "3000000h",
	}
	for _, in := range inputs {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Printf("%q -> error: %v\n", in, err)
			continue
		}
		fmt.Printf("%q -> %v (%d)\n", in, d, int64(d))
	}
}

// Output:
// "0" -> 0s (0)
// "5s" -> 5s (5000000000)
// "300ms" -> 300ms (300000000)
// "-1.5h" -> -1h30m0s (-5400000000000)
// "2h45m" -> 2h45m0s (9900000000000)
// "1h15m30.918273645s" -> 1h15m30.918273645s (4530918273645)
// "1.000000001s" -> 1.000000001s (1000000001)
// "100us" -> 100µs (100000)
// "100µs" -> 100µs (100000)
// "3ns" -> 3ns (3)
// "+12m" -> 12m0s (720000000000)
// ".5s" -> 500ms (500000000)
// "1.s" -> 1s (1000000000)
// "9223372036854775807ns" -> 2562047h47m16.854775807s (9223372036854775807)
// "-9223372036854775808ns" -> -2562047h47m16.854775808s (-9223372036854775808)
// "" -> error: time: invalid duration ""
// "x" -> error: time: invalid duration "x"
// "1" -> error: time: missing unit in duration "1"
// "1q" -> error: time: unknown unit "q" in duration "1q"
// "-" -> error: time: invalid duration "-"
// "1.5" -> error: time: missing unit in duration "1.5"
// "s" -> error: time: invalid duration "s"
// "1h2" -> error: time: missing unit in duration "1h2"
// "9223372036854775808ns" -> error: time: invalid duration "9223372036854775808ns"
// "3000000h" -> error: time: invalid duration "3000000h"
