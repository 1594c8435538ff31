package main

import (
	"fmt"
	"time"
)

func main() {
	dates := []time.Time{
		time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.February, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2024, time.December, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2023, time.December, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2021, time.January, 3, 0, 0, 0, 0, time.UTC),
		time.Date(2020, time.December, 31, 0, 0, 0, 0, time.UTC),
		time.Date(1970, time.January, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2000, time.March, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC),
	}
	for _, d := range dates {
		y, w := d.ISOWeek()
		fmt.Printf("%s %-9v yday=%3d iso=%d-W%02d\n", d.Format(time.DateOnly), d.Weekday(), d.YearDay(), y, w)
	}
	t := time.Date(2024, time.August, 17, 18, 45, 12, 500, time.UTC)
	y, m, d := t.Date()
	h, min, s := t.Clock()
	fmt.Println(y, m, d, h, min, s, t.Nanosecond())
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), int(t.Month()), int(t.Weekday()))
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m.String()[:3], " ")
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Weekday(7), time.Sunday, time.Saturday+0)
	fmt.Printf("%v %d %s %q\n", time.June, time.June, time.Tuesday, time.Wednesday)
	var wd time.Weekday
	fmt.Println(wd, time.Month(0))
}

// Output:
// 2024-01-01 Monday    yday=  1 iso=2024-W01
// 2024-02-29 Thursday  yday= 60 iso=2024-W09
// 2024-12-31 Tuesday   yday=366 iso=2025-W01
// 2023-12-31 Sunday    yday=365 iso=2023-W52
// 2021-01-03 Sunday    yday=  3 iso=2020-W53
// 2020-12-31 Thursday  yday=366 iso=2020-W53
// 1970-01-01 Thursday  yday=  1 iso=1970-W01
// 1900-03-01 Thursday  yday= 60 iso=1900-W09
// 2000-03-01 Wednesday yday= 61 iso=2000-W09
// 0001-01-01 Monday    yday=  1 iso=1-W01
// 2024 August 17 18 45 12 500
// 2024 August 17 18 45 12 8 6
// Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 
// %!Month(13) %!Weekday(7) Sunday Saturday
// June 6 Tuesday "Wednesday"
// Sunday %!Month(0)
