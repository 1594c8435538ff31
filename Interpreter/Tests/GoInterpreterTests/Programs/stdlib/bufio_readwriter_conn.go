package main

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"strings"
)

// fakeConn satisfies net.Conn by embedding it, as test doubles and ResponseWriter wrappers do.
type fakeConn struct{ net.Conn }

func main() {
	var out bytes.Buffer
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("line one\nline two\n")), bufio.NewWriter(&out))
	line, _ := rw.ReadString('\n')
	rw.WriteString("got: " + line)
	fmt.Println(out.Len())
	rw.Flush()
	fmt.Print(out.String())
	var c net.Conn = fakeConn{}
	_, isConn := c.(net.Conn)
	fmt.Println(isConn)
}

// Output:
// 0
// got: line one
// true
