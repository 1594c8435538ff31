// Generates time_cases.txt: reference time formatting/parsing outputs from the Go toolchain (TZ=UTC).
// Fields are hex-encoded ("-" is empty).
package main

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"time"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func main() {
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05",
		"Monday January 2 _2 __2 002 3 03 15 4 04 5 05 PM pm 06 2006", "Z07 Z0700 Z070000 Z07:00:00 -07 -0700 -070000 -07:00 -07:00:00 MST", ".0 .00 .000000 .999 .999999999 ,000 ,999", "_2006 Janx Monx Jan Mon", "2006-01-02T15:04:05.9Z", "3:04:05.000000000pm"}
	zones := []*time.Location{time.UTC, time.FixedZone("EST", -5*3600), time.FixedZone("", 5*3600+30*60), time.FixedZone("XYZ", -(3*3600 + 25*60 + 7)), time.FixedZone("", 0)}
	r := rand.New(rand.NewSource(3))
	var times []time.Time
	for _, z := range zones {
		times = append(times, time.Date(2006, 1, 2, 15, 4, 5, 123456789, z), time.Date(2024, 2, 29, 0, 0, 0, 0, z), time.Date(1999, 12, 31, 12, 59, 59, 100000000, z), time.Date(-44, 3, 15, 9, 7, 3, 5, z), time.Date(12345, 10, 5, 23, 0, 0, 999999999, z))
		for i := 0; i < 6; i++ {
			times = append(times, time.Unix(r.Int63n(1<<36)-(1<<35), r.Int63n(1e9)).In(z))
		}
	}
	times = append(times, time.Time{})
	for _, t := range times {
		name, off := t.Zone()
		for _, l := range layouts {
			fmt.Println("Format", t.Unix(), t.Nanosecond(), h(name), off, h(l), h(t.Format(l)))
		}
		fmt.Println("String", t.Unix(), t.Nanosecond(), h(name), off, h(t.String()), t.Weekday(), t.YearDay())
	}
	parses := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"}, {time.RFC3339, "2006-01-02T15:04:05+07:00"}, {time.RFC3339, "2006-01-02T15:04:05-00:00"},
		{time.RFC3339, "2006-01-02T15:04:05.123+01:00"}, {time.RFC3339Nano, "2006-01-02T15:04:05.123456789Z"}, {time.RFC3339, "2006-01-02T15:04:05"},
		{time.RFC3339, "2006-02-30T15:04:05Z"}, {time.RFC3339, "2006-13-02T15:04:05Z"}, {time.RFC3339, "2006-01-02T25:04:05Z"}, {time.RFC3339, "2006-01-02T15:60:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 MST"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "mon, 02 JAN 2006 15:04:05 PST"}, {time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"}, {time.Kitchen, "3:04PM"}, {time.Kitchen, "12:00AM"}, {time.Kitchen, "12:30pm"}, {time.Kitchen, "13:04PM"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"}, {time.ANSIC, "Mon Jan 2 15:04:05 2006"}, {time.UnixDate, "Thu Feb  4 21:00:57 PST 2010"}, {"2006-01-02", "2021-1-2"}, {"2006-1-2", "2021-1-2"},
		{"2006-002", "2024-060"}, {"2006-002", "2023-060"}, {"2006-002", "2023-366"}, {"2006 __2", "2024  60"}, {"2006-01-002", "2024-03-061"}, {"2006-01-002", "2024-02-061"},
		{"06-01-02", "69-01-02"}, {"06-01-02", "68-01-02"}, {"15:04:05", "23:59:59.5"}, {"15:04:05.000", "23:59:59.5"}, {"15:04:05.000", "23:59:59.500"}, {"15:04:05.999", "23:59:59"},
		{"15:04:05,000", "23:59:59,123"}, {"January 2, 2006", "february 29, 2024"}, {"January 2, 2006", "Febr 29, 2024"}, {"Jan _2", "Feb  3"}, {"MST", "CEST"}, {"MST", "ChST"}, {"MST", "WITA"}, {"MST", "ABCDEF"},
		{"MST", "+03"}, {"-07", "+05"}, {"-070000", "-012345"}, {"-07:00:00", "+01:23:45"}, {"Z07:00", "Z"}, {"Z0700", "+0530"}, {"2006  01", "2006 01"}, {"2006 01", "2006    01"}, {"2006 01", "200601"},
		{"2006-01-02 15:04:05 -0700 MST", "2021-06-01 12:00:00 +0000 UTC"}, {"2006-01-02 15:04:05 -0700 MST", "2021-06-01 12:00:00 +0200 CEST"}, {"", ""}, {"", "x"}, {"2006", "20x6"}, {"2006", "\xff"},
		{"3:04:05 PM", "11:59:59 AM"}, {"3:04:05 PM", "11:59:59 XM"}, {"Monday", "Sunday"}, {"Mon 2006", "Xyz 2006"}, {"2006-01-02", "2006-01-02 "},
	}
	for _, p := range parses {
		t, err := time.Parse(p[0], p[1])
		name, off := t.Zone()
		e := ""
		if err != nil {
			e = err.Error()
		}
		fmt.Println("Parse", h(p[0]), h(p[1]), t.Unix(), t.Nanosecond(), h(name), off, h(e))
	}
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 1500 * time.Microsecond, time.Millisecond, 1500 * time.Millisecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3500*time.Millisecond, -time.Minute, 1<<63 - 1, -1 << 63, 100 * time.Hour, 3*time.Hour + 1, 59*time.Minute + 59*time.Second + 999999999} {
		fmt.Println("Duration", int64(d), h(d.String()))
	}
	for _, s := range []string{"0", "-0", "+0", "", "1s", "1.5h", "-1.5h", "2h45m", "300ms", "1us", "1µs", "1μs", "1ns", ".5s", "5.s", ".s", "1", "1x", "1.2.3s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "1.0000000000000000000001s", "3h-2m", "1h 2m", "0.1234567891s", "1e3s"} {
		d, err := time.ParseDuration(s)
		e := ""
		if err != nil {
			e = err.Error()
		}
		fmt.Println("ParseDuration", h(s), int64(d), h(e))
	}
}
