package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// oneByteReader hands out its input one byte per Read, to exercise buffering.
type oneByteReader struct {
	data []byte
}

func (r *oneByteReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errors.New("EOF-ish")
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond\r\n\nlast without newline"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader("  the quick\tbrown\n fox  "))
	words.Split(bufio.ScanWords)
	count := 0
	for words.Scan() {
		count++
		fmt.Print(words.Text(), "|")
	}
	fmt.Println(count)

	runes := bufio.NewScanner(strings.NewReader("añ€\xff"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Printf("%q ", runes.Text())
	}
	fmt.Println()

	bs := bufio.NewScanner(bytes.NewReader([]byte{1, 2, 3}))
	bs.Split(bufio.ScanBytes)
	for bs.Scan() {
		fmt.Print(bs.Bytes(), " ")
	}
	fmt.Println()

	// A custom split function: comma-separated values, with the final empty field kept.
	csv := bufio.NewScanner(strings.NewReader("a,b,,c,"))
	csv.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		for i := 0; i < len(data); i++ {
			if data[i] == ',' {
				return i + 1, data[:i], nil
			}
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	})
	for csv.Scan() {
		fmt.Printf("%q ", csv.Text())
	}
	fmt.Println(csv.Err())

	// Wrapping a built-in split function (the documented pattern for validating tokens).
	nums := bufio.NewScanner(strings.NewReader("12 34 x5 6"))
	nums.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		advance, token, err := bufio.ScanWords(data, atEOF)
		if err == nil && token != nil && (token[0] < '0' || token[0] > '9') {
			return 0, nil, fmt.Errorf("bad token %q", token)
		}
		return advance, token, err
	})
	for nums.Scan() {
		fmt.Print(nums.Text(), ";")
	}
	fmt.Println(" err:", nums.Err())

	// Input arriving one byte at a time; the reader's final error is reported by Err.
	slow := bufio.NewScanner(&oneByteReader{data: []byte("x\nyz\n")})
	for slow.Scan() {
		fmt.Printf("%q ", slow.Text())
	}
	fmt.Println("err:", slow.Err())

	// Token longer than the maximum.
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("a", 20) + "\nok\n"))
	long.Buffer(make([]byte, 0, 4), 10)
	for long.Scan() {
		fmt.Println("token", long.Text())
	}
	fmt.Println(long.Err(), long.Err() == bufio.ErrTooLong)

	// Long lines beyond the initial 4096-byte buffer are fine under the 64 KiB default.
	big := bufio.NewScanner(strings.NewReader(strings.Repeat("b", 10000) + "\nend"))
	for big.Scan() {
		fmt.Print(len(big.Text()), " ")
	}
	fmt.Println(bufio.MaxScanTokenSize)

	defer func() { fmt.Println("recovered:", recover()) }()
	sc.Split(bufio.ScanWords)
}

// Output:
// "first line"
// "second"
// ""
// "last without newline"
// err: <nil>
// the|quick|brown|fox|4
// "a" "ñ" "€" "�" 
// [1] [2] [3] 
// "a" "b" "" "c" "" <nil>
// 12;34; err: bad token "x5"
// "x" "yz" err: EOF-ish
// bufio.Scanner: token too long true
// 10000 3 65536
// recovered: Split called after Scan
