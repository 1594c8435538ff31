package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Unix(1700000000, 123456789).UTC()
	fmt.Println(t, t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.UnixMilli(t.UnixMilli()).UTC(), time.UnixMicro(-1).UTC())
	fmt.Println(time.Unix(0, -1).UTC(), time.Unix(-1, 2_500_000_000).UTC())
	fmt.Println(time.Unix(0, 0).UTC().Equal(time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)))
	before := time.Date(1969, time.July, 20, 20, 17, 40, 0, time.UTC)
	fmt.Println(before.Unix(), before.UnixMilli(), time.Unix(before.Unix(), 0).UTC().Equal(before))

	var zero time.Time
	fmt.Println(zero.IsZero(), zero.Unix(), zero.Year(), zero.Month(), zero.Day(), zero.Weekday(), zero.Location())
	fmt.Println(zero, zero == time.Time{}, zero.Equal(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 3600)).IsZero(), time.Date(1, 1, 1, 1, 0, 0, 0, time.FixedZone("X", 3600)).IsZero())

	fmt.Printf("%v|%s|%d\n", t, t, t.Year())
	fmt.Printf("%#v\n", time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC))
	fmt.Printf("%#v\n", time.Date(2009, time.November, 10, 23, 0, 0, 5, time.FixedZone("EST", -5*3600)))
	fmt.Println(time.Date(2009, 1, 1, 0, 0, 0, 0, time.UTC).GoString())
	fmt.Println([]time.Time{time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
	type stamp struct {
		At time.Time
		D  time.Duration
	}
	fmt.Printf("%v\n", stamp{time.Date(2000, 1, 1, 0, 0, 0, 100, time.UTC), time.Minute})
	fmt.Println(time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
}

// Output:
// 2023-11-14 22:13:20.123456789 +0000 UTC 1700000000 1700000000123 1700000000123456 1700000000123456789
// 2023-11-14 22:13:20.123 +0000 UTC 1969-12-31 23:59:59.999999 +0000 UTC
// 1969-12-31 23:59:59.999999999 +0000 UTC 1970-01-01 00:00:01.5 +0000 UTC
// true
// -14182940 -14182940000 true
// true -62135596800 1 January 1 Monday UTC
// 0001-01-01 00:00:00 +0000 UTC true true
// false true
// 2023-11-14 22:13:20.123456789 +0000 UTC|2023-11-14 22:13:20.123456789 +0000 UTC|2023
// time.Date(2009, time.November, 10, 23, 0, 0, 0, time.UTC)
// time.Date(2009, time.November, 10, 23, 0, 0, 5, time.Location("EST"))
// time.Date(2009, time.January, 1, 0, 0, 0, 0, time.UTC)
// [2000-01-01 00:00:00 +0000 UTC]
// {2000-01-01 00:00:00.0000001 +0000 UTC 1m0s}
// 12345-01-01 00:00:00 +0000 UTC -0005-01-01
