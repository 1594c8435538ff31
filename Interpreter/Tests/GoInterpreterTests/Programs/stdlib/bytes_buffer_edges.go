package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil))
	fmt.Printf("%q %q\n", bytes.Fields([]byte(" a  b ")), bytes.TrimSpace([]byte("\t x \n")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a:b:c"), []byte(":"), 2))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.IndexByte([]byte("abc"), 'c'), bytes.ContainsAny([]byte("xyz"), "az"))
	var b bytes.Buffer
	b.WriteString("line1\nline2")
	s, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	s, err = b.ReadString('\n')
	fmt.Printf("%q %v\n", s, err)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF, b.Len())
	b.WriteString("abcdef")
	fmt.Printf("%q ", b.Next(2))
	b.Truncate(2)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q\n", b.String())
	nb := bytes.NewBufferString("xy")
	c, _ := nb.ReadByte()
	nb.UnreadByte()
	rest, _ := io.ReadAll(nb)
	fmt.Println(string(c), string(rest))
}

// Output:
// true -1 0
// ["a" "b"] "x"
// ["a" "b:c"]
// true 2 true
// "line1\n" <nil>
// "line2" EOF
// true 0
// "ab" "cd" 2
// ""
// x xy
