package main

import (
	"encoding/json"
	"fmt"
	"io"
)

// chunkReader hands out its data a few bytes per Read, so values straddle reads.
type chunkReader struct {
	data []byte
	step int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := r.step
	if n > len(r.data) {
		n = len(r.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

// stalled never makes progress; the decoder gives up like bufio does.
type stalled struct{}

func (stalled) Read(p []byte) (int, error) { return 0, nil }

type Event struct {
	Kind  string `json:"kind"`
	Value int    `json:"value"`
}

func main() {
	dec := json.NewDecoder(&chunkReader{data: []byte(`{"kind":"a","value":1} {"kind":"b","value":22}
	[1,2] 12345 "tail"`), step: 3})
	var e Event
	fmt.Println(dec.Decode(&e), e)
	fmt.Println(dec.More())
	fmt.Println(dec.Decode(&e), e)
	var list []int
	fmt.Println(dec.Decode(&list), list)
	var n int
	fmt.Println(dec.Decode(&n), n)
	var s string
	fmt.Println(dec.Decode(&s), s)
	fmt.Println(dec.More())
	err := dec.Decode(&s)
	fmt.Println(err, err == io.EOF)

	strict := json.NewDecoder(&chunkReader{data: []byte(`{"kind":"x","extra":true}`), step: 100})
	strict.DisallowUnknownFields()
	fmt.Println(strict.Decode(&e))

	num := json.NewDecoder(&chunkReader{data: []byte(`{"id": 12345678901234567890, "f": 1.50}`), step: 7})
	num.UseNumber()
	var m map[string]any
	fmt.Println(num.Decode(&m))
	id := m["id"].(json.Number)
	fmt.Printf("%T %s %v\n", m["id"], id, m["f"])
	_, err = id.Int64()
	fmt.Println(err)
	f, err := m["f"].(json.Number).Float64()
	fmt.Println(f, err)

	cut := json.NewDecoder(&chunkReader{data: []byte(`{"kind": "tru`), step: 4})
	fmt.Println(cut.Decode(&e))
	bad := json.NewDecoder(&chunkReader{data: []byte(`{"kind" "x"}`), step: 4})
	fmt.Println(bad.Decode(&e))
	fmt.Println(json.NewDecoder(stalled{}).Decode(&e))
}

// Output:
// <nil> {a 1}
// true
// <nil> {b 22}
// <nil> [1 2]
// <nil> 12345
// <nil> tail
// false
// EOF true
// json: unknown field "extra"
// <nil>
// json.Number 12345678901234567890 1.50
// strconv.ParseInt: parsing "12345678901234567890": value out of range
// 1.5 <nil>
// unexpected EOF
// invalid character '"' after object key
// multiple Read calls return no data or error
