package main

import (
	"fmt"
	"regexp"
)

// Unicode classes, scripts, case folding and byte offsets of multi-byte text.
func main() {
	greek := regexp.MustCompile(`\p{Greek}+`)
	fmt.Println(greek.FindAllString("alpha αβγ beta δ", -1))
	fmt.Println(greek.FindAllStringIndex("alpha αβγ beta δ", -1))

	letters := regexp.MustCompile(`\pL+`)
	fmt.Println(letters.FindAllString("héllo wörld 123 日本", -1))
	upper := regexp.MustCompile(`\p{Lu}`)
	fmt.Println(upper.FindAllString("Hello Wörld Ärger", -1))
	notLetters := regexp.MustCompile(`\PL+`)
	fmt.Printf("%q\n", notLetters.FindAllString("ab12cd!", -1))
	han := regexp.MustCompile(`[\p{Han}]+`)
	fmt.Println(han.FindString("kanji: 漢字です"))

	// \d, \w, \s and \b are ASCII-only in Go.
	digits := regexp.MustCompile(`\d+`)
	fmt.Println(digits.FindAllString("١٢٣ and 123", -1))
	word := regexp.MustCompile(`\w+`)
	fmt.Println(word.FindAllString("café au lait", -1))
	fmt.Println(regexp.MustCompile(`[[:alpha:]]+`).FindAllString("naïve x", -1))

	// . matches one code point, never half of one.
	dot := regexp.MustCompile(`^.$`)
	fmt.Println(dot.MatchString("é"), dot.MatchString("e\u0301"), dot.MatchString("日"))
	fmt.Println(regexp.MustCompile(`β`).FindStringIndex("αβγ"))
	fmt.Println(regexp.MustCompile(`.`).FindAllStringIndex("aé日", -1))

	// Case folding covers non-ASCII letters.
	fold := regexp.MustCompile(`(?i)straße|ÉTÉ`)
	fmt.Println(fold.FindAllString("STRAßE été Été", -1))
	fmt.Println(regexp.MustCompile(`(?i)σ+`).FindString("ΣσςX"))

	// Negated classes and ranges of code points.
	fmt.Println(regexp.MustCompile(`[^a-z]+`).FindAllString("abcÄÖdef", -1))
	fmt.Println(regexp.MustCompile(`[à-ÿ]+`).FindAllString("voilà déjà", -1))
	fmt.Println(regexp.MustCompile(`\x{65e5}\x{672c}`).MatchString("日本語"))
}

// Output:
// [αβγ δ]
// [[6 12] [18 20]]
// [héllo wörld 日本]
// [H W Ä]
// ["12" "!"]
// 漢字
// [123]
// [caf au lait]
// [na ve x]
// true false true
// [2 4]
// [[0 1] [1 3] [3 6]]
// [STRAßE été Été]
// Σσς
// [ÄÖ]
// [à é à]
// true
