// Generates unicode_categories.txt (predicate index, first and last rune of each run where it holds).
package main

import (
	"fmt"
	"unicode"
)

func main() {
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsPunct, unicode.IsPrint, unicode.IsGraphic, unicode.IsControl, unicode.IsTitle, unicode.IsSymbol, unicode.IsMark}
	for i, p := range preds {
		start := rune(-1)
		for r := rune(0); r <= unicode.MaxRune+1; r++ {
			v := r <= unicode.MaxRune && p(r)
			if v && start < 0 {
				start = r
			}
			if !v && start >= 0 {
				fmt.Printf("%d %x %x\n", i, start, r-1)
				start = -1
			}
		}
	}
}
