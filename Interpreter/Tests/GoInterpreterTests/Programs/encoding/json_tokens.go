package main

import (
	"encoding/json"
	"fmt"
	"io"
)

type sliceReader struct{ data []byte }

func (r *sliceReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data[:min(5, len(r.data))])
	r.data = r.data[n:]
	return n, nil
}

type Message struct {
	Name, Text string
}

func main() {
	dec := json.NewDecoder(&sliceReader{[]byte(`
	{"Message": "Hello", "Array": [1, 2, 3], "Null": null, "Number": 1.234}
`)})
	for {
		t, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Printf("\n")
	}

	// Streaming the elements of a large array one by one.
	stream := json.NewDecoder(&sliceReader{[]byte(`[
		{"Name": "Ed", "Text": "Knock knock."},
		{"Name": "Sam", "Text": "Who's there?"},
		{"Name": "Ed", "Text": "Go fmt."}
	]`)})
	t, err := stream.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	for stream.More() {
		var m Message
		if err := stream.Decode(&m); err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%v: %v\n", m.Name, m.Text)
	}
	t, err = stream.Token()
	fmt.Printf("%T: %v %v\n", t, t, err)
	if d, ok := t.(json.Delim); ok {
		fmt.Println(d == ']', d.String())
	}

	bad := json.NewDecoder(&sliceReader{[]byte(`[1 2]`)})
	bad.Token()
	bad.Token()
	_, err = bad.Token()
	fmt.Println(err)
	bad2 := json.NewDecoder(&sliceReader{[]byte(`{"a" 1}`)})
	bad2.Token()
	bad2.Token()
	fmt.Println(bad2.Decode(new(int)))
}

// Output:
// json.Delim: { (more)
// string: Message (more)
// string: Hello (more)
// string: Array (more)
// json.Delim: [ (more)
// float64: 1 (more)
// float64: 2 (more)
// float64: 3
// json.Delim: ] (more)
// string: Null (more)
// <nil>: <nil> (more)
// string: Number (more)
// float64: 1.234
// json.Delim: }
// json.Delim: [ <nil>
// Ed: Knock knock.
// Sam: Who's there?
// Ed: Go fmt.
// json.Delim: ] <nil>
// true ]
// invalid character '2' after array element
// expected colon after object key
