package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Cut("key=value=x", "="))
	fmt.Println(strings.Cut("abc", "x"))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("file.go", ".go"))
	fmt.Println(strings.CutPrefix("abc", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("ß", "SS"))
	fmt.Println(strings.Title("hello wide-world"), strings.ToTitle("abc"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.NewReplacer("a", "1", "b", "2").Replace("abc"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<b>"))
	fmt.Println(strings.NewReplacer("a", "x", "aa", "y").Replace("aaa"))
	fmt.Println(strings.NewReplacer("aa", "y", "a", "x").Replace("aaa"))
	fmt.Println(strings.NewReplacer("", "-").Replace("ab"))
	var b strings.Builder
	b.WriteString("ab")
	b.WriteByte('c')
	b.WriteRune('é')
	fmt.Fprintf(&b, "%d", 7)
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", ""))
	fmt.Println(strings.TrimLeft("aabc", "a"), strings.TrimPrefix("aabc", "a"), strings.Trim("xxhixx", "x"), strings.TrimRight("abccc", "c"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.ContainsRune("abc", 'b'), strings.IndexRune("chicken", 'k'))
}

// Output:
// key value=x true
// abc  false
// body true
// file true
// abc false
// true true false
// Hello Wide-World ABC
// BNN
// 12c
// &lt;b&gt;
// xxx
// yx
// -a-b-
// abcé7 6
// "" 0
// 3 5 0
// bc abc hi ab
// 3 4 true 4
