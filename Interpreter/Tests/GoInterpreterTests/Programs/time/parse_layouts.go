package main

import (
	"fmt"
	"time"
)

func show(t time.Time, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%v | %s | loc=%q\n", t, t.UTC().Format(time.RFC3339Nano), t.Location().String())
}

func main() {
	show(time.Parse(time.RFC3339, "2024-06-01T12:30:45.5+02:00"))
	show(time.Parse(time.RFC3339, "2024-01-02T03:04:05Z"))
	show(time.Parse(time.RFC3339Nano, "2024-01-02T03:04:05.000000001-07:30"))
	show(time.Parse(time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"))
	show(time.Parse(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0100"))
	show(time.Parse(time.Kitchen, "3:04PM"))
	show(time.Parse(time.Stamp, "Feb  3 04:05:06"))
	show(time.Parse(time.DateTime, "2024-01-02 03:04:05.250"))
	show(time.Parse(time.ANSIC, "Sun Feb 29 00:00:00 2032"))
	show(time.Parse("2006-01-02 3:04pm", "2023-12-31 12:15am"))
	show(time.Parse("Jan 2, 2006", "dec 25, 2023"))
	est := time.FixedZone("EST", -5*3600)
	show(time.ParseInLocation(time.DateTime, "2024-01-02 03:04:05", est))
	show(time.ParseInLocation(time.RFC3339, "2024-01-02T03:04:05-05:00", est))
	show(time.ParseInLocation(time.RFC3339, "2024-01-02T03:04:05+01:00", est))
	t, _ := time.Parse(time.DateOnly, "2024-07-04")
	fmt.Println(t.Equal(time.Date(2024, time.July, 4, 0, 0, 0, 0, time.UTC)), t == time.Date(2024, time.July, 4, 0, 0, 0, 0, time.UTC))
}

// Output:
// 2024-06-01 12:30:45.5 +0200 +0200 | 2024-06-01T10:30:45.5Z | loc=""
// 2024-01-02 03:04:05 +0000 UTC | 2024-01-02T03:04:05Z | loc="UTC"
// 2024-01-02 03:04:05.000000001 -0730 -0730 | 2024-01-02T10:34:05.000000001Z | loc=""
// 2006-01-02 15:04:05 +0000 MST | 2006-01-02T15:04:05Z | loc="MST"
// 2009-11-10 23:00:00 +0100 +0100 | 2009-11-10T22:00:00Z | loc=""
// 0000-01-01 15:04:00 +0000 UTC | 0000-01-01T15:04:00Z | loc="UTC"
// 0000-02-03 04:05:06 +0000 UTC | 0000-02-03T04:05:06Z | loc="UTC"
// 2024-01-02 03:04:05.25 +0000 UTC | 2024-01-02T03:04:05.25Z | loc="UTC"
// 2032-02-29 00:00:00 +0000 UTC | 2032-02-29T00:00:00Z | loc="UTC"
// 2023-12-31 00:15:00 +0000 UTC | 2023-12-31T00:15:00Z | loc="UTC"
// 2023-12-25 00:00:00 +0000 UTC | 2023-12-25T00:00:00Z | loc="UTC"
// 2024-01-02 03:04:05 -0500 EST | 2024-01-02T08:04:05Z | loc="EST"
// 2024-01-02 03:04:05 -0500 EST | 2024-01-02T08:04:05Z | loc="EST"
// 2024-01-02 03:04:05 +0100 +0100 | 2024-01-02T02:04:05Z | loc=""
// true true
