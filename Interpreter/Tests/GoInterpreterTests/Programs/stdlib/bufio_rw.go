package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

// loggingWriter records each Write it receives.
type loggingWriter struct {
	calls []string
}

func (w *loggingWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

// stringLoggingWriter also has WriteString, which bufio uses for large strings.
type stringLoggingWriter struct{ loggingWriter }

func (w *stringLoggingWriter) WriteString(s string) (int, error) {
	w.calls = append(w.calls, "S:"+s)
	return len(s), nil
}

// chunkReader returns at most 3 bytes per Read.
type chunkReader struct{ s string }

func (r *chunkReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 3)], r.s)
	r.s = r.s[n:]
	return n, nil
}

func main() {
	r := bufio.NewReader(strings.NewReader("alpha\nbeta\r\ngamma"))
	line, err := r.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, isPrefix, err := r.ReadLine()
	fmt.Printf("%q %v %v\n", b, isPrefix, err)
	peek, err := r.Peek(3)
	fmt.Printf("%q %v %d\n", peek, err, r.Buffered())
	c, _ := r.ReadByte()
	fmt.Println(string(c), r.UnreadByte(), r.UnreadByte())
	rn, size, _ := r.ReadRune()
	fmt.Println(string(rn), size, r.UnreadRune())
	rest, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = r.ReadByte()
	fmt.Println(err == io.EOF)
	b, isPrefix, err = r.ReadLine()
	fmt.Println(b == nil, isPrefix, err)

	// Runes split across reads, and a small buffer.
	u := bufio.NewReaderSize(&chunkReader{s: "h€llo wörld\nnext"}, 16)
	fmt.Println(u.Size())
	for {
		r, n, err := u.ReadRune()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Print(string(r), n, " ")
	}

	small := bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 20)+"\nz"), 16)
	part, isPrefix, err := small.ReadLine()
	fmt.Println(len(part), isPrefix, err)
	part, isPrefix, err = small.ReadLine()
	fmt.Println(len(part), isPrefix, err)
	whole, err := bufio.NewReaderSize(strings.NewReader(strings.Repeat("y", 40)+"\n"), 16).ReadString('\n')
	fmt.Println(len(whole), err)
	_, err = small.Peek(17)
	fmt.Println(err)
	n, err := small.Discard(5)
	fmt.Println(n, err)

	data := make([]byte, 4)
	rd := bufio.NewReader(&chunkReader{s: "abcdefg"})
	n, err = rd.Read(data)
	fmt.Println(n, err, string(data[:n]))
	all, err := io.ReadAll(rd)
	fmt.Println(string(all), err)

	lw := &loggingWriter{}
	w := bufio.NewWriterSize(lw, 8)
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	fmt.Println(w.Buffered(), w.Available(), w.Size(), len(lw.calls))
	w.WriteString("fghij")
	fmt.Printf("%q %d\n", lw.calls, w.Buffered())
	w.Write([]byte("0123456789ABCDEF"))
	fmt.Printf("%q %d\n", lw.calls, w.Buffered())
	fmt.Println(w.Flush(), w.Buffered())
	fmt.Printf("%q\n", lw.calls)

	sw := &stringLoggingWriter{}
	w2 := bufio.NewWriterSize(sw, 8)
	w2.WriteString("0123456789")
	w2.WriteString("abcde")
	w2.WriteRune('€')
	w2.Write([]byte("0123456789"))
	w2.Flush()
	fmt.Printf("%q\n", sw.calls)

	// Writing through a bufio.Writer to a bytes.Buffer, and fmt.Fprintf into a bufio.Writer.
	var out bytes.Buffer
	bw := bufio.NewWriter(&out)
	fmt.Fprintf(bw, "%s=%d;", "k", 42)
	fmt.Println(out.Len())
	bw.Flush()
	fmt.Println(out.String())

	stdout := bufio.NewWriter(os.Stdout)
	defer stdout.Flush()
	fmt.Fprintln(stdout, "flushed at the end")
	fmt.Println("printed first")
}

// Output:
// "alpha\n" <nil>
// "beta" false <nil>
// "gam" <nil> 5
// g <nil> bufio: invalid use of UnreadByte
// g 1 <nil>
// "gamma" EOF
// true
// true false EOF
// 16
// h1 €3 l1 l1 o1  1 w1 ö2 r1 l1 d1 
// 1 n1 e1 x1 t1 EOF
// 16 true <nil>
// 4 false <nil>
// 41 <nil>
// bufio: buffer full
// 1 EOF
// 3 <nil> abc
// defg <nil>
// 6 2 8 0
// ["abcdéfg"] 3
// ["abcdéfg" "hij01234" "56789ABCDEF"] 0
// <nil> 0
// ["abcdéfg" "hij01234" "56789ABCDEF"]
// ["S:0123456789" "abcde" "€01234" "56789"]
// 0
// k=42;
// printed first
// flushed at the end
