package main

import (
	"fmt"
	"time"
)

func main() {
	est := time.FixedZone("EST", -5*3600)
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, est)
	layouts := []struct {
		name, layout string
	}{
		{"Layout", time.Layout},
		{"ANSIC", time.ANSIC},
		{"UnixDate", time.UnixDate},
		{"RubyDate", time.RubyDate},
		{"RFC822", time.RFC822},
		{"RFC822Z", time.RFC822Z},
		{"RFC850", time.RFC850},
		{"RFC1123", time.RFC1123},
		{"RFC1123Z", time.RFC1123Z},
		{"RFC3339", time.RFC3339},
		{"RFC3339Nano", time.RFC3339Nano},
		{"Kitchen", time.Kitchen},
		{"Stamp", time.Stamp},
		{"StampMilli", time.StampMilli},
		{"StampMicro", time.StampMicro},
		{"StampNano", time.StampNano},
		{"DateTime", time.DateTime},
		{"DateOnly", time.DateOnly},
		{"TimeOnly", time.TimeOnly},
	}
	for _, l := range layouts {
		fmt.Printf("%-11s %s\n", l.name, t.Format(l.layout))
	}
	u := time.Date(2024, time.March, 5, 9, 7, 8, 0, time.UTC)
	fmt.Println(u.Format(time.RFC3339), u.Format(time.RFC3339Nano), u.Format(time.Kitchen))
	fmt.Println(u.Format(time.ANSIC))
	fmt.Println(u.Format("Monday January 2 2006, 3:04:05 pm, day 002 of __2"))
	fmt.Println(u.Format("06/1/2 15h04 -07:00:00 Z0700 .000 ,999|"))
	fmt.Println(t.Format("2006-01-02T15:04:05.000000Z07:00 MST"))
	fmt.Println(string(u.AppendFormat([]byte("at: "), time.DateTime)))
}

// Output:
// Layout      11/10 11:04:05PM '09 -0500
// ANSIC       Tue Nov 10 23:04:05 2009
// UnixDate    Tue Nov 10 23:04:05 EST 2009
// RubyDate    Tue Nov 10 23:04:05 -0500 2009
// RFC822      10 Nov 09 23:04 EST
// RFC822Z     10 Nov 09 23:04 -0500
// RFC850      Tuesday, 10-Nov-09 23:04:05 EST
// RFC1123     Tue, 10 Nov 2009 23:04:05 EST
// RFC1123Z    Tue, 10 Nov 2009 23:04:05 -0500
// RFC3339     2009-11-10T23:04:05-05:00
// RFC3339Nano 2009-11-10T23:04:05.123456789-05:00
// Kitchen     11:04PM
// Stamp       Nov 10 23:04:05
// StampMilli  Nov 10 23:04:05.123
// StampMicro  Nov 10 23:04:05.123456
// StampNano   Nov 10 23:04:05.123456789
// DateTime    2009-11-10 23:04:05
// DateOnly    2009-11-10
// TimeOnly    23:04:05
// 2024-03-05T09:07:08Z 2024-03-05T09:07:08Z 9:07AM
// Tue Mar  5 09:07:08 2024
// Tuesday March 5 2024, 9:07:08 am, day 065 of  65
// 24/3/5 09h07 +00:00:00 Z .000 |
// 2009-11-10T23:04:05.123456-05:00 EST
// at: 2024-03-05 09:07:08
