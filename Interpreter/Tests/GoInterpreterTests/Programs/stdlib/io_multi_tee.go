package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) - 1, nil }

func main() {
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	buf := make([]byte, 8)
	n, err := mr.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = mr.Read(buf)
	fmt.Printf("%d %q %v\n", n, buf[:n], err)
	n, err = mr.Read(buf)
	fmt.Printf("%d %v\n", n, err == io.EOF)
	all, err := io.ReadAll(io.MultiReader(strings.NewReader("head,"), strings.NewReader("body")))
	fmt.Printf("%q %v\n", all, err)

	var copyBuf bytes.Buffer
	tee := io.TeeReader(strings.NewReader("teed"), &copyBuf)
	got, _ := io.ReadAll(tee)
	fmt.Println(string(got), copyBuf.String())

	var a, b bytes.Buffer
	w := io.MultiWriter(&a, &b)
	fmt.Fprintf(w, "x=%d", 1)
	fmt.Println(a.String(), b.String())
	n, err = io.MultiWriter(&a, failingWriter{}, &b).Write([]byte("!"))
	fmt.Println(n, err, a.String(), b.String())
	_, err = io.MultiWriter(shortWriter{}).Write([]byte("ab"))
	fmt.Println(err == io.ErrShortWrite)
}

// Output:
// 2 "ab" <nil>
// 2 "cd" <nil>
// 0 true
// "head,body" <nil>
// teed teed
// x=1 x=1
// 0 disk full x=1! x=1
// true
