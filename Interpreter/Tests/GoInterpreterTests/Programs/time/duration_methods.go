package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Nanosecond, 1500*time.Microsecond, -2*time.Second)
	fmt.Println(time.Hour, time.Minute, time.Second, time.Millisecond, time.Microsecond, time.Nanosecond)
	fmt.Println(time.Duration(1<<63 - 1))

	r := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second, time.Minute, 10 * time.Minute, time.Hour, 0} {
		fmt.Printf("m=%v round=%v truncate=%v\n", m, r.Round(m), r.Truncate(m))
	}
	fmt.Println((-1500 * time.Millisecond).Round(time.Second), (-1500 * time.Millisecond).Truncate(time.Second))
	fmt.Println(time.Duration(1<<63-1).Round(time.Hour), time.Duration(-1<<63).Round(time.Hour))
	fmt.Println((-5 * time.Second).Abs(), time.Duration(-1<<63).Abs(), (3 * time.Second).Abs())
	fmt.Printf("%s %d %v %T\n", 2*time.Second, 2*time.Second, []time.Duration{time.Second, time.Millisecond}, time.Second)
	var total time.Duration
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total > 2*time.Second, total/time.Millisecond)
}

// Output:
// 1h30m30.25s 1.5084027777777778 90.50416666666666 5430.25
// 5430250 5430250000 5430250000000
// 0s 1ns 1.5µs 1.5ms -2s
// 1h0m0s 1m0s 1s 1ms 1µs 1ns
// 2562047h47m16.854775807s
// m=1ns round=1h15m30.918273645s truncate=1h15m30.918273645s
// m=1µs round=1h15m30.918274s truncate=1h15m30.918273s
// m=1ms round=1h15m30.918s truncate=1h15m30.918s
// m=1s round=1h15m31s truncate=1h15m30s
// m=2s round=1h15m30s truncate=1h15m30s
// m=1m0s round=1h16m0s truncate=1h15m0s
// m=10m0s round=1h20m0s truncate=1h10m0s
// m=1h0m0s round=1h0m0s truncate=1h0m0s
// m=0s round=1h15m30.918273645s truncate=1h15m30.918273645s
// -2s -1s
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// 5s 2562047h47m16.854775807s 3s
// 2s 2000000000 [1s 1ms] time.Duration
// 2.5s true 2.5µs
