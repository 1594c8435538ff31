package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	r := bufio.NewReaderSize(strings.NewReader("alpha\nbeta\r\ngamma"), 16)
	p, err := r.Peek(3)
	fmt.Printf("%q %v\n", p, err)
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	l, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", l, isPrefix, err)
	rn, size, _ := r.ReadRune()
	fmt.Println(string(rn), size, r.Buffered())
	r.UnreadRune()
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err == io.EOF)
	_, err = r.ReadByte()
	fmt.Println(err)

	var out bytes.Buffer
	w := bufio.NewWriterSize(&out, 8)
	w.WriteString("1234")
	fmt.Println(out.Len(), w.Buffered(), w.Available())
	w.WriteString("56789")
	fmt.Println(out.Len(), w.Buffered())
	w.Flush()
	fmt.Println(out.String())
	bs, err := bufio.NewReader(strings.NewReader("a,b")).ReadBytes(',')
	fmt.Printf("%q %v\n", bs, err)
	_, err = bufio.NewReader(strings.NewReader("")).Peek(1)
	fmt.Println(err)
}

// Output:
// "alp" <nil>
// "alpha\n" <nil>
// "beta" false <nil>
// g 1 3
// "gamma" true
// EOF
// 0 4 4
// 8 1
// 123456789
// "a," <nil>
// EOF
