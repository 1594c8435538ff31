package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.IsUpper('É'), unicode.IsLower('É'), string(unicode.ToLower('Σ')), string(unicode.ToUpper('ß')))
	fmt.Println(unicode.IsSpace('\u00a0'), unicode.IsSpace('\u0085'), unicode.IsSpace('\u200b'), unicode.IsSpace('\v'))
	fmt.Println(unicode.IsLetter('中'), unicode.IsDigit('٣'), unicode.IsNumber('Ⅷ'), unicode.IsDigit('Ⅷ'))
	fmt.Println(unicode.IsPunct('!'), unicode.IsPunct('+'), unicode.IsSymbol('+'), unicode.IsControl('\n'))
	fmt.Println(unicode.IsPrint(' '), unicode.IsPrint('\u00a0'), unicode.IsGraphic('\u00a0'))
	fmt.Printf("%c %c %c %c\n", unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'))
	fmt.Println(unicode.SimpleFold('1') == '1', unicode.ToTitle('ǆ') == 'ǅ', unicode.MaxRune == 0x10FFFF)
}

// Output:
// true false σ ß
// true true false true
// true true true false
// true false true true
// true false true
// a A K K
// true true true
