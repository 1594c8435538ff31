package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.May, 17, 14, 37, 29, 987654321, time.UTC)
	for _, d := range []time.Duration{time.Nanosecond, time.Millisecond, time.Second, 15 * time.Second, time.Minute, 15 * time.Minute, time.Hour, 24 * time.Hour, 7 * 24 * time.Hour, 0, -time.Second} {
		fmt.Printf("%-10v %s | %s\n", d, t.Truncate(d).Format(time.RFC3339Nano), t.Round(d).Format(time.RFC3339Nano))
	}
	half := time.Date(2024, time.May, 17, 0, 0, 30, 0, time.UTC)
	fmt.Println(half.Round(time.Minute).Format(time.TimeOnly), half.Add(-time.Nanosecond).Round(time.Minute).Format(time.TimeOnly))
	ist := time.FixedZone("IST", 5*3600+30*60)
	local := time.Date(2024, time.May, 17, 10, 0, 0, 0, ist)
	fmt.Println(local.Truncate(time.Hour), local.Truncate(24*time.Hour))
	early := time.Date(1, time.January, 1, 0, 0, 1, 500000000, time.UTC)
	fmt.Println(early.Round(time.Second), early.Truncate(time.Minute).IsZero())
}

// Output:
// 1ns        2024-05-17T14:37:29.987654321Z | 2024-05-17T14:37:29.987654321Z
// 1ms        2024-05-17T14:37:29.987Z | 2024-05-17T14:37:29.988Z
// 1s         2024-05-17T14:37:29Z | 2024-05-17T14:37:30Z
// 15s        2024-05-17T14:37:15Z | 2024-05-17T14:37:30Z
// 1m0s       2024-05-17T14:37:00Z | 2024-05-17T14:37:00Z
// 15m0s      2024-05-17T14:30:00Z | 2024-05-17T14:30:00Z
// 1h0m0s     2024-05-17T14:00:00Z | 2024-05-17T15:00:00Z
// 24h0m0s    2024-05-17T00:00:00Z | 2024-05-18T00:00:00Z
// 168h0m0s   2024-05-13T00:00:00Z | 2024-05-20T00:00:00Z
// 0s         2024-05-17T14:37:29.987654321Z | 2024-05-17T14:37:29.987654321Z
// -1s        2024-05-17T14:37:29.987654321Z | 2024-05-17T14:37:29.987654321Z
// 00:01:00 00:00:00
// 2024-05-17 09:30:00 +0530 IST 2024-05-17 05:30:00 +0530 IST
// 0001-01-01 00:00:02 +0000 UTC true
