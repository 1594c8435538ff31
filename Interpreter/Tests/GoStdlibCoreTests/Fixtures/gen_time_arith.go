// Generates time_arith.txt: Truncate/Round/AddDate and Duration conversions from the Go toolchain.
package main

import (
	"fmt"
	"time"
)

func main() {
	ts := []time.Time{time.Date(2023, 10, 31, 13, 47, 29, 123456789, time.UTC), time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.FixedZone("X", 3600)), time.Date(1969, 12, 31, 23, 59, 30, 500000000, time.UTC), time.Date(-5, 3, 1, 0, 0, 7, 1, time.UTC)}
	ds := []time.Duration{time.Nanosecond, 7 * time.Nanosecond, time.Second, 7 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 1500 * time.Millisecond}
	for _, t := range ts {
		for _, d := range ds {
			fmt.Println("TR", t.Unix(), t.Nanosecond(), t.Truncate(d).Unix(), t.Truncate(d).Nanosecond(), t.Round(d).Unix(), t.Round(d).Nanosecond())
		}
		a := t.AddDate(0, 1, 0)
		b := t.AddDate(1, -13, 40)
		fmt.Println("AD", t.Unix(), a.Unix(), b.Unix())
	}
	for _, d := range []time.Duration{90 * time.Minute, -90 * time.Second, 1500 * time.Millisecond, 1<<63 - 1, -1 << 63} {
		fmt.Println("DU", int64(d), d.Hours(), d.Minutes(), d.Seconds(), int64(d.Round(time.Hour)), int64(d.Truncate(time.Minute)), int64(d.Round(7*time.Second)), int64(d.Abs()))
	}
}
