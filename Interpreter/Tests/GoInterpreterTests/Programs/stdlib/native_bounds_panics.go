package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
)

// Misuse of native library functions panics as in Go; it never takes the host down.
func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	try("next", func() { var b bytes.Buffer; b.Next(-1) })
	try("less", func() { sort.StringSlice{"a"}.Less(0, 5) })
	try("base", func() { strconv.FormatInt(5, 99) })
}

// Output:
// next runtime error: slice bounds out of range [:-1]
// less runtime error: index out of range [5] with length 1
// base strconv: illegal AppendInt/FormatInt base
