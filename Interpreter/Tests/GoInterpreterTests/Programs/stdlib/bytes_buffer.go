package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	b.WriteString("hello")
	b.WriteByte(' ')
	n, _ := b.Write([]byte("wörld"))
	fmt.Println(n, b.Len(), b.String())
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err)
	fmt.Println(b.UnreadRune(), b.Len())
	fmt.Println(b.UnreadRune())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.Len())

	w, _ := b.WriteRune('€')
	fmt.Println(w, b.Len())

	line, err := b.ReadString(' ')
	fmt.Printf("%q %v\n", line, err)
	rest, err := b.ReadBytes('!')
	fmt.Printf("%q %v\n", rest, err)
	fmt.Println(b.Len(), b.String() == "")

	p := make([]byte, 4)
	n, err = b.Read(p)
	fmt.Println(n, err == io.EOF)
	n, err = b.Read(nil)
	fmt.Println(n, err)

	// Cap follows Go's growth: a first small write allocates 64 bytes.
	var g bytes.Buffer
	fmt.Println(g.Cap())
	g.WriteString("abc")
	fmt.Println(g.Len(), g.Cap())
	g.Write(make([]byte, 100))
	fmt.Println(g.Len(), g.Cap())

	nb := bytes.NewBuffer(make([]byte, 0, 10))
	fmt.Println(nb.Len(), nb.Cap())
	nb.WriteString("0123456789")
	fmt.Println(nb.Cap())
	nb.Truncate(4)
	fmt.Println(nb.String(), nb.Cap())
	nb.Grow(100)
	fmt.Println(nb.String(), nb.Len())

	s := bytes.NewBufferString("line one\nline two\nlast")
	for {
		l, err := s.ReadString('\n')
		fmt.Printf("%q\n", l)
		if err != nil {
			fmt.Println("err:", err)
			break
		}
	}

	src := bytes.NewBufferString("copy me")
	var dst bytes.Buffer
	m, err := src.WriteTo(&dst)
	fmt.Println(m, err, dst.String(), src.Len())

	var from bytes.Buffer
	k, err := from.ReadFrom(strings.NewReader("read from a reader"))
	fmt.Println(k, err, from.String())

	fmt.Fprintf(&from, " %d+%d", 1, 2)
	fmt.Println(from.String())
	fmt.Println(string(from.Next(4)), from.Len())

	all, _ := io.ReadAll(bytes.NewBufferString("all of it"))
	fmt.Println(string(all))

	from.Reset()
	fmt.Println(from.Len(), from.String() == "")
	fmt.Println(from.UnreadByte())

	var nilBuf *bytes.Buffer
	fmt.Println(nilBuf.String())

	defer func() { fmt.Println("recovered:", recover()) }()
	b.WriteString("xy")
	b.Truncate(5)
	_ = os.Stdout
}

// Output:
// 6 12 hello wörld
// h 1 <nil>
// <nil> 12
// bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune
// h <nil> 12
// 3 15
// "hello " <nil>
// "wörld€" EOF
// 0 true
// 0 true
// 0 <nil>
// 0
// 3 64
// 103 128
// 0 10
// 10
// 0123 10
// 0123 4
// "line one\n"
// "line two\n"
// "last"
// err: EOF
// 7 <nil> copy me 0
// 18 <nil> read from a reader
// read from a reader 1+2
// read 18
// all of it
// 0 true
// bytes.Buffer: UnreadByte: previous operation was not a successful read
// <nil>
// recovered: bytes.Buffer: truncation out of range
