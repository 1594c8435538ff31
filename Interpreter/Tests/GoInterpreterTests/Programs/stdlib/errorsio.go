package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type Pt struct{ X int }

func (p Pt) Scaled(k int) int { return p.X * k }

type upperWriter struct{ n int }

func (w *upperWriter) Write(b []byte) (int, error) {
	w.n += len(b)
	fmt.Print(strings.ToUpper(string(b)))
	return len(b), nil
}

func main() {
	err := fmt.Errorf("lookup: %w", ErrNotFound)
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	var qe error = &QueryError{"q1", ErrNotFound}
	wrapped := fmt.Errorf("outer %d: %w", 7, qe)
	var target *QueryError
	fmt.Println(errors.As(wrapped, &target), target.Query, errors.Is(wrapped, ErrNotFound))
	fmt.Println(errors.Is(errors.New("x"), ErrNotFound))
	f := Pt.Scaled
	fmt.Println(f(Pt{3}, 4))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found, strings.TrimPrefix("prefix-x", "prefix-"), strings.Count("cheese", "e"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a1b2c3"), strings.FieldsFunc("a;b;;c", func(r rune) bool { return r == ';' }))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.SplitN("a,b,c", ",", 2), strings.LastIndex("go gopher", "go"))
	v, err := strconv.ParseFloat("2.5", 64)
	b, _ := strconv.ParseBool("true")
	fmt.Println(v*2, err, b, strconv.FormatBool(false))
	_, err = strconv.Atoi("abc")
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &ne))
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s=%d\n", "x", 5)
	w := &upperWriter{}
	fmt.Fprintf(w, "hello %s\n", "writer")
	fmt.Println(w.n)
}

// Output:
// lookup: not found true true
// true q1 true
// false
// 12
// key value true x 3
// ABC [a b c]
// true [a b,c] 3
// 5 <nil> true false
// strconv.Atoi: parsing "abc": invalid syntax true
// to stdout 1
// x=5
// HELLO WRITER
// 13
