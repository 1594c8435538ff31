package main

import (
	"fmt"
	"time"
)

func main() {
	utc := time.Date(2024, time.November, 3, 6, 30, 0, 0, time.UTC)
	zones := []*time.Location{
		time.UTC,
		time.FixedZone("EST", -5*3600),
		time.FixedZone("IST", 5*3600+30*60),
		time.FixedZone("", -(9*3600 + 30*60)),
		time.FixedZone("ODD", 3600+23*60+45),
	}
	for _, loc := range zones {
		t := utc.In(loc)
		name, offset := t.Zone()
		fmt.Printf("%-4s %6d %s | %s | %s | same=%v\n", name, offset, t, t.Format(time.RFC3339), t.Format("-07:00:00 Z070000"), t.Equal(utc))
	}
	est := time.FixedZone("EST", -5*3600)
	d := time.Date(2024, time.January, 1, 0, 30, 0, 0, est)
	fmt.Println(d, "|", d.UTC(), "|", d.Day(), d.UTC().Day(), d.UTC().Year())
	fmt.Println(d.Location(), d.UTC().Location(), d.Location() == est, d.UTC().Location() == time.UTC)
	fmt.Println(d.Unix() == d.UTC().Unix(), d.Truncate(24*time.Hour))

	for _, name := range []string{"UTC", "", "Local", "Mars/Olympus_Mons", "../etc/passwd"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%q: error %v\n", name, err)
			continue
		}
		fmt.Printf("%q: %s\n", name, loc)
	}
	fmt.Println(time.UTC, time.Local, time.UTC.String())
	l := time.Unix(1700000000, 0)
	fmt.Println(l.Location(), l.UTC().Equal(l), l.In(time.UTC).Format(time.RFC1123))
	var nilLoc *time.Location
	fmt.Println(nilLoc.String(), l.IsDST())
}

// Output:
// UTC       0 2024-11-03 06:30:00 +0000 UTC | 2024-11-03T06:30:00Z | +00:00:00 Z | same=true
// EST  -18000 2024-11-03 01:30:00 -0500 EST | 2024-11-03T01:30:00-05:00 | -05:00:00 -050000 | same=true
// IST   19800 2024-11-03 12:00:00 +0530 IST | 2024-11-03T12:00:00+05:30 | +05:30:00 +053000 | same=true
//      -34200 2024-11-02 21:00:00 -0930 -0930 | 2024-11-02T21:00:00-09:30 | -09:30:00 -093000 | same=true
// ODD    5025 2024-11-03 07:53:45 +0123 ODD | 2024-11-03T07:53:45+01:23 | +01:23:45 +012345 | same=true
// 2024-01-01 00:30:00 -0500 EST | 2024-01-01 05:30:00 +0000 UTC | 1 1 2024
// EST UTC true true
// true 2023-12-31 19:00:00 -0500 EST
// "UTC": UTC
// "": UTC
// "Local": Local
// "Mars/Olympus_Mons": error unknown time zone Mars/Olympus_Mons
// "../etc/passwd": error time: invalid location name
// UTC Local UTC
// Local true Tue, 14 Nov 2023 22:13:20 UTC
// UTC false
