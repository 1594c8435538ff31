package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("héllo\t\x00\u2028\xff"))
	fmt.Println(strconv.Quote("\a\b\f\r\v\\\"'"), strconv.Quote("\u00a0😀"))
	fmt.Println(strconv.QuoteToASCII("héllo😀"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	fmt.Println(strconv.QuoteRune('\''), strconv.QuoteRune('"'), strconv.Quote("'"))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote("`raw\\n`")
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`'x'`)
	fmt.Printf("%q %v\n", s, err)
	s, err = strconv.Unquote(`"bad`)
	fmt.Printf("%q %v %v\n", s, err, err == strconv.ErrSyntax)
	s, err = strconv.Unquote(`'ab'`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"), strconv.CanBackquote("a\nb"))
	fmt.Println(string(strconv.AppendQuote([]byte("x:"), "y")))
}

// Output:
// "héllo\t\x00\u2028\xff"
// "\a\b\f\r\v\\\"'" "\u00a0😀"
// "h\u00e9llo\U0001f600" '☺' '\u263a'
// '\'' '"' "'"
// "a\tbé" <nil>
// "raw\\n" <nil>
// "x" <nil>
// "" invalid syntax true
// "" invalid syntax
// false true false
// x:"y"
