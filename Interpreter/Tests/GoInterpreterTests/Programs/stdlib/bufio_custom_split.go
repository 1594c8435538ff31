package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func commas(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, data[:i], nil
	}
	if atEOF {
		return len(data), data, nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a,b,,c"))
	sc.Split(commas)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("  hello   world \n"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("hé"))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	boom := errors.New("boom")
	sc = bufio.NewScanner(strings.NewReader("xyz"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) { return 0, nil, boom })
	fmt.Println(sc.Scan(), sc.Err() == boom)

	sc = bufio.NewScanner(strings.NewReader("1 2 STOP 3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println(sc.Err())
}

// Output:
// "a" "b" "" "c" <nil>
// "hello" "world" 
// "h" "é" 
// "a" "b" "" "c" 
// false true
// "1" "2" "STOP" <nil>
