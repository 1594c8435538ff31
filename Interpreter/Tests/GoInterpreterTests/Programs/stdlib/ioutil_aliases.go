package main

import (
	"fmt"
	"io"
	"io/ioutil"
)

type once struct{ done bool }

func (o *once) Read(p []byte) (int, error) {
	if o.done {
		return 0, io.EOF
	}
	o.done = true
	return copy(p, "legacy"), nil
}

func main() {
	data, err := ioutil.ReadAll(&once{})
	fmt.Println(string(data), err)
	rc := ioutil.NopCloser(&once{})
	fmt.Println(rc.Close())
	n, _ := ioutil.Discard.Write([]byte("gone"))
	fmt.Println(n)
}

// Output:
// legacy <nil>
// <nil>
// 4
