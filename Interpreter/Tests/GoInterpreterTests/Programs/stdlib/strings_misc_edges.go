package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
	fmt.Println(strings.ContainsFunc("ab1", unicode.IsDigit), strings.LastIndexByte("abca", 'a'), strings.IndexFunc("ab1", unicode.IsDigit))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.Index("日本語", "語"), strings.IndexRune("日本語", '本'), strings.IndexByte("abc", 'z'))
	fmt.Println(strings.Title("ünicode ok"), strings.ToLower("ÀÉÎ"), strings.ToUpper("ǆ"))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.ContainsAny("", ""), strings.HasSuffix("a", ""))
	fmt.Printf("%q\n", strings.SplitAfterN("1,2,3", ",", 0))
	fmt.Println(strings.TrimSuffix("a.go.go", ".go"), strings.TrimRight("a.go.go", ".go"))
	var b strings.Builder
	b.Grow(10)
	fmt.Println(b.Len())
	fmt.Println(strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Repeat("ab", 2))
	fmt.Println(strings.Count("", ""), strings.Replace("aaa", "", "-", 2), strings.ReplaceAll("", "", "x"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("K", "\u212a"))
}

// Output:
// -1 1 0
// true 3 2
// "a?b?c"
// "abc"
// 6 3 -1
// Ünicode Ok àéî Ǆ
// 5 false true
// []
// a.go a
// 0
//  a abab
// 1 -a-aa x
// false true
