package main

import (
	"fmt"
	"time"
)

func main() {
	jan31 := time.Date(2023, time.January, 31, 12, 0, 0, 0, time.UTC)
	fmt.Println(jan31.AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(jan31.AddDate(1, 1, 0).Format(time.DateOnly))
	fmt.Println(jan31.AddDate(0, 0, 1).Format(time.DateOnly))
	fmt.Println(jan31.AddDate(0, -2, 0).Format(time.DateOnly))
	fmt.Println(jan31.AddDate(0, 11, 1).Format(time.DateOnly))
	fmt.Println(time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format(time.DateOnly))

	nye := time.Date(2023, time.December, 31, 23, 59, 59, 999999999, time.UTC)
	fmt.Println(nye.Add(time.Nanosecond))
	fmt.Println(nye.Add(-24 * time.Hour).Format(time.RFC3339Nano))
	fmt.Println(nye.Add(36 * time.Hour).Format(time.DateTime))

	// Date normalises out-of-range fields.
	fmt.Println(time.Date(2023, time.October, 32, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	fmt.Println(time.Date(2023, 14, 1, 25, 61, 61, 0, time.UTC).Format(time.DateTime))
	fmt.Println(time.Date(2024, time.March, 0, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
	fmt.Println(time.Date(2024, time.January, 1, 0, 0, 0, -1, time.UTC).Format(time.RFC3339Nano))
	fmt.Println(time.Date(2000, 0, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))

	a := time.Date(2024, time.March, 1, 0, 0, 0, 0, time.UTC)
	b := time.Date(2024, time.February, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(a.Sub(b), b.Sub(a), a.Sub(b).Hours()/24)
	fmt.Println(a.After(b), a.Before(b), a.Equal(b), a.Compare(b), b.Compare(a), a.Compare(a))
	zero := time.Time{}
	fmt.Println(a.Sub(zero), zero.Sub(a))
	c := time.Date(2024, time.March, 1, 1, 0, 0, 0, time.FixedZone("X", 3600))
	fmt.Println(a.Equal(c), a == c, a.Sub(c))
	var sum time.Duration
	t := a
	for i := 0; i < 3; i++ {
		next := t.AddDate(0, 1, 0)
		sum += next.Sub(t)
		t = next
	}
	fmt.Println(t.Format(time.DateOnly), sum, sum.Hours()/24)
}

// Output:
// 2023-03-03
// 2024-03-02
// 2023-02-01
// 2022-12-01
// 2024-01-01
// 2025-03-01
// 2024-01-01 00:00:00 +0000 UTC
// 2023-12-30T23:59:59.999999999Z
// 2024-01-02 11:59:59
// 2023-11-01
// 2024-02-02 02:02:01
// 2024-02-29
// 2023-12-31T23:59:59.999999999Z
// 1999-12-01
// 696h0m0s -696h0m0s 29
// true false false 1 -1 0
// 2562047h47m16.854775807s -2562047h47m16.854775808s
// true false 0s
// 2024-06-01 2208h0m0s 92
