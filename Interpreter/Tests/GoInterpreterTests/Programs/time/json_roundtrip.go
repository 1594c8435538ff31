package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name  string        `json:"name"`
	At    time.Time     `json:"at"`
	Until *time.Time    `json:"until,omitempty"`
	Every time.Duration `json:"every"`
}

func main() {
	at := time.Date(2024, time.January, 2, 3, 4, 5, 500000000, time.FixedZone("CET", 3600))
	until := time.Date(2024, time.December, 31, 23, 59, 59, 0, time.UTC)
	e := Event{Name: "deploy", At: at, Until: &until, Every: 90 * time.Second}
	data, err := json.Marshal(e)
	fmt.Println(string(data), err)

	var back Event
	err = json.Unmarshal(data, &back)
	fmt.Println(err, back.Name, back.At, back.Until, back.Every)
	fmt.Println(back.At.Equal(at), back.At == at, back.Until.Equal(until), *back.Until == until)
	_, offset := back.At.Zone()
	fmt.Printf("%d %q\n", offset, back.At.Location().String())

	var zero Event
	data, _ = json.Marshal(zero)
	fmt.Println(string(data))

	for _, in := range []string{
		`{"at":"2024-02-29T12:00:00Z"}`,
		`{"at":"2024-02-29T12:00:00.123456789-08:00"}`,
		`{"at":null}`,
		`{"at":"not a time"}`,
		`{"at":"2024-02-30T12:00:00Z"}`,
		`{"at":123}`,
	} {
		var ev Event
		err := json.Unmarshal([]byte(in), &ev)
		fmt.Println(ev.At.Format(time.RFC3339Nano), err)
	}

	text, err := until.MarshalText()
	fmt.Println(string(text), err)
	var parsed time.Time
	fmt.Println(parsed.UnmarshalText([]byte("1999-12-31T23:59:59.75+05:30")), parsed)
	fmt.Println(parsed.UnmarshalText([]byte("1999-12-31")), parsed.IsZero())
	j, err := at.MarshalJSON()
	fmt.Println(string(j), err)
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	fmt.Println(err)
	_, err = json.Marshal(Event{At: time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC)})
	fmt.Println(err)
}

// Output:
// {"name":"deploy","at":"2024-01-02T03:04:05.5+01:00","until":"2024-12-31T23:59:59Z","every":90000000000} <nil>
// <nil> deploy 2024-01-02 03:04:05.5 +0100 +0100 2024-12-31 23:59:59 +0000 UTC 1m30s
// true false true true
// 3600 ""
// {"name":"","at":"0001-01-01T00:00:00Z","every":0}
// 2024-02-29T12:00:00Z <nil>
// 2024-02-29T12:00:00.123456789-08:00 <nil>
// 0001-01-01T00:00:00Z <nil>
// 0001-01-01T00:00:00Z parsing time "not a time" as "2006-01-02T15:04:05Z07:00": cannot parse "not a time" as "2006"
// 0001-01-01T00:00:00Z parsing time "2024-02-30T12:00:00Z": day out of range
// 0001-01-01T00:00:00Z Time.UnmarshalJSON: input is not a JSON string
// 2024-12-31T23:59:59Z <nil>
// <nil> 1999-12-31 23:59:59.75 +0530 +0530
// parsing time "1999-12-31" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T" true
// "2024-01-02T03:04:05.5+01:00" <nil>
// Time.MarshalJSON: year outside of range [0,9999]
// json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]
