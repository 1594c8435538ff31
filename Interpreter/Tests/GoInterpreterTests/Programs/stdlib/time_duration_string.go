package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500*time.Millisecond, time.Duration(0), 90*time.Minute, 1500*time.Microsecond)
	fmt.Println(999*time.Nanosecond, time.Microsecond, -2*time.Second, 36*time.Hour+time.Second)
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(int64(d/time.Second), d.String(), d.Seconds())
	fmt.Printf("%v %d %s\n", time.Second, time.Millisecond, 3*time.Millisecond)
}

// Output:
// 1.5s 0s 1h30m0s 1.5ms
// 999ns 1µs -2s 36h0m1s
// 9000 2h30m0s 9000
// 1s 1000000 3ms
