package main

import (
	"fmt"
	"strings"
)

type Writer interface{ Write(s string) int }

type bufWriter struct{ b strings.Builder }

func (w *bufWriter) Write(s string) int { w.b.WriteString(s); return len(s) }

type countingWriter struct {
	Writer
	count int
}

func (c *countingWriter) Write(s string) int {
	c.count++
	return c.Writer.Write(strings.ToUpper(s))
}

type loud struct{ Writer }

func main() {
	inner := &bufWriter{}
	cw := &countingWriter{Writer: inner}
	var w Writer = cw
	w.Write("a")
	w.Write("b")
	var l Writer = loud{inner}
	l.Write("c")
	fmt.Println(inner.b.String(), cw.count)
}

// Output:
// ABc 2
