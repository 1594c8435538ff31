package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2024-02-30T10:00:00Z"},
		{time.DateOnly, "2023-02-29"},
		{time.DateOnly, "2024-1-05"},
		{time.DateOnly, "2024/01/05"},
		{time.DateOnly, "2024-13-01"},
		{time.TimeOnly, "25:00:00"},
		{time.TimeOnly, "10:61:00"},
		{time.Kitchen, "3:04PMX"},
		{time.Kitchen, "3:04XM"},
		{time.RFC1123, "Mon, 02 Foo 2006 15:04:05 MST"},
		{time.RFC3339, ""},
		{time.RFC3339, "2024-01-02T03:04:05"},
		{"2006-01-02 MST", "2024-01-02 est"},
	}
	for _, c := range cases {
		_, err := time.Parse(c[0], c[1])
		fmt.Println(err)
	}
	_, err := time.Parse(time.DateOnly, "2024-1-05")
	var pe *time.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("Layout=%q Value=%q LayoutElem=%q ValueElem=%q Message=%q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
	}
	t, err := time.Parse(time.DateOnly, "nope")
	fmt.Println(t.IsZero(), t, err != nil)
}

// Output:
// parsing time "2024-02-30T10:00:00Z": day out of range
// parsing time "2023-02-29": day out of range
// parsing time "2024-1-05" as "2006-01-02": cannot parse "1-05" as "01"
// parsing time "2024/01/05" as "2006-01-02": cannot parse "/01/05" as "-"
// parsing time "2024-13-01": month out of range
// parsing time "25:00:00": hour out of range
// parsing time "10:61:00": minute out of range
// parsing time "3:04PMX": extra text: "X"
// parsing time "3:04XM" as "3:04PM": cannot parse "XM" as "PM"
// parsing time "Mon, 02 Foo 2006 15:04:05 MST" as "Mon, 02 Jan 2006 15:04:05 MST": cannot parse "Foo 2006 15:04:05 MST" as "Jan"
// parsing time "" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "2006"
// parsing time "2024-01-02T03:04:05" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"
// parsing time "2024-01-02 est" as "2006-01-02 MST": cannot parse "est" as "MST"
// Layout="2006-01-02" Value="2024-1-05" LayoutElem="01" ValueElem="1-05" Message=""
// true 0001-01-01 00:00:00 +0000 UTC true
