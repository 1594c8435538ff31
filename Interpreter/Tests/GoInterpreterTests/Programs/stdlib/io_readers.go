package main

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// countingReader hands out its text a few bytes at a time, as network readers do.
type countingReader struct {
	text  string
	pos   int
	calls int
}

func (r *countingReader) Read(p []byte) (int, error) {
	r.calls++
	if r.pos >= len(r.text) {
		return 0, io.EOF
	}
	n := copy(p, r.text[r.pos:min(len(r.text), r.pos+3)])
	r.pos += n
	return n, nil
}

type upperWriter struct{ out []byte }

func (w *upperWriter) Write(p []byte) (int, error) {
	for _, b := range p {
		if b >= 'a' && b <= 'z' {
			b -= 32
		}
		w.out = append(w.out, b)
	}
	return len(p), nil
}

func main() {
	data, err := io.ReadAll(&countingReader{text: "hello, reader"})
	fmt.Println(string(data), err)

	w := &upperWriter{}
	n, err := io.Copy(w, &countingReader{text: "copy me"})
	fmt.Println(n, err, string(w.out))

	buf := make([]byte, 5)
	n2, err := io.ReadFull(&countingReader{text: "abcdefgh"}, buf)
	fmt.Println(n2, err, string(buf))
	n2, err = io.ReadFull(&countingReader{text: "ab"}, buf)
	fmt.Println(n2, err == io.ErrUnexpectedEOF)

	limited, _ := io.ReadAll(io.LimitReader(&countingReader{text: "0123456789"}, 4))
	fmt.Println(string(limited))

	rc := io.NopCloser(&countingReader{text: "x"})
	fmt.Println(rc.Close() == nil)

	m, _ := io.WriteString(io.Discard, "ignored")
	fmt.Println(m)
	io.WriteString(os.Stdout, "direct\n")

	wrapped := fmt.Errorf("read body: %w", io.EOF)
	fmt.Println(errors.Is(wrapped, io.EOF), io.EOF)
}

// Output:
// hello, reader <nil>
// 7 <nil> COPY ME
// 5 <nil> abcde
// 2 true
// 0123
// true
// 7
// direct
// true EOF
