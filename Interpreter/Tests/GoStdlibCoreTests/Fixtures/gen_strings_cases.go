// Generates strings_cases.txt: reference strings-package outputs from the Go toolchain.
// Line: function, hex-encoded arguments and results ("-" is the empty string, lists join with ",").
package main

import (
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return hex.EncodeToString([]byte(s))
}

func hl(a []string) string {
	if a == nil {
		return "nil"
	}
	var out []string
	for _, s := range a {
		out = append(out, h(s))
	}
	if len(out) == 0 {
		return "empty"
	}
	return strings.Join(out, ",")
}

func main() {
	ss := []string{"", "a", "abc", "a,b,c", ",a,,b,", "  foo bar  baz   ", "\u00a0x\u3000y\u2028z\u0085", "héllo wörld", "\xffab\xfe", "日本語", "aaaa", "abcabcabc", "ababab", "\t\n\v\f\r x", "Σίσυφος", "ǅǆǄ", "ß", "ﬀ", "İı", "xx\u212ax"}
	seps := []string{"", ",", "a", "ab", "abc", "本", " ", "\xff", "x"}
	for _, s := range ss {
		fmt.Println("Fields", h(s), hl(strings.Fields(s)))
		fmt.Println("Upper", h(s), h(strings.ToUpper(s)), h(strings.ToLower(s)), h(strings.ToTitle(s)))
		fmt.Println("TrimSpace", h(s), h(strings.TrimSpace(s)))
		fmt.Println("FieldsFunc", h(s), hl(strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == 'a' || unicode.IsSpace(r) })))
		fmt.Println("IndexFunc", h(s), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLetter))
		for _, sep := range seps {
			fmt.Println("Split", h(s), h(sep), hl(strings.Split(s, sep)), hl(strings.SplitAfter(s, sep)), hl(strings.SplitN(s, sep, 2)), hl(strings.SplitN(s, sep, 0)), hl(strings.SplitAfterN(s, sep, 3)), hl(strings.SplitN(s, sep, -1)))
			fmt.Println("Index", h(s), h(sep), strings.Index(s, sep), strings.LastIndex(s, sep), strings.Count(s, sep), strings.IndexAny(s, sep), strings.LastIndexAny(s, sep), strings.Contains(s, sep))
			fmt.Println("Trim", h(s), h(sep), h(strings.Trim(s, sep)), h(strings.TrimLeft(s, sep)), h(strings.TrimRight(s, sep)), h(strings.TrimPrefix(s, sep)), h(strings.TrimSuffix(s, sep)))
			b, a, f := strings.Cut(s, sep)
			fmt.Println("Cut", h(s), h(sep), h(b), h(a), f)
			fmt.Println("Replace", h(s), h(sep), h(strings.Replace(s, sep, "<>", -1)), h(strings.Replace(s, sep, "", 2)), h(strings.Replace(s, sep, "Z", 1)))
			fmt.Println("EqualFold", h(s), h(sep), strings.EqualFold(s, sep))
		}
	}
	folds := [][2]string{{"Go", "GO"}, {"σ", "ς"}, {"Σ", "ς"}, {"k", "\u212a"}, {"K", "\u212a"}, {"ß", "ẞ"}, {"ß", "SS"}, {"ǅ", "ǆ"}, {"ǅ", "Ǆ"}, {"İ", "i"}, {"ı", "I"}, {"µ", "Μ"}, {"abc", "ABCD"}, {"\xff", "\xfe"}, {"\xff", "\ufffd"}, {"Straße", "STRASSE"}, {"ΐ", "ΐ"}, {"ϴ", "θ"}}
	for _, p := range folds {
		fmt.Println("EqualFold", h(p[0]), h(p[1]), strings.EqualFold(p[0], p[1]))
	}
	anys := [][2]string{{"hello", "xyzl"}, {"héllo", "é"}, {"a\xffb", "\xfe"}, {"a\xffb", "\ufffd"}, {"a\ufffdb", "\xff"}, {"abc", ""}, {"chicken", "kmn"}, {"日本語", "語本"}}
	for _, p := range anys {
		fmt.Println("IndexAny", h(p[0]), h(p[1]), strings.IndexAny(p[0], p[1]), strings.LastIndexAny(p[0], p[1]), strings.ContainsAny(p[0], p[1]), strings.IndexRune(p[0], '\ufffd'))
	}
	reps := [][]string{{"a", "1", "b", "2"}, {"a", "1", "ab", "2"}, {"ab", "2", "a", "1"}, {"", "X"}, {"", "X", "a", "1"}, {"a", "1", "", "X"}, {"<", "&lt;", ">", "&gt;", "&", "&amp;"}, {"aaa", "3", "aa", "2", "a", "1"}, {"a", "1", "a", "2"}, {"abc", "x"}, {"b", "", "", "-"}, {"hello", "HELLO", "world", "WORLD", "o", "0"}}
	inputs := []string{"", "abc", "abab", "aaaaa", "<a href=\"x\">&</a>", "hello world", "日本b"}
	for _, rp := range reps {
		r := strings.NewReplacer(rp...)
		for _, in := range inputs {
			fmt.Println("Replacer", hl(rp), h(in), h(r.Replace(in)))
		}
	}
	for _, s := range []string{"ab", "", "日"} {
		for _, n := range []int{0, 1, 3} {
			fmt.Println("Repeat", h(s), n, h(strings.Repeat(s, n)))
		}
	}
	fmt.Println("Map", h(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana\xff日")))
}
