package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

// String, NumSubexp, SubexpNames, SubexpIndex, LiteralPrefix, MarshalText/UnmarshalText,
// QuoteMeta and the io.RuneReader variants.
func main() {
	re := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})-(\d{2})`)
	fmt.Println(re.String(), re.NumSubexp())
	fmt.Printf("%q\n", re.SubexpNames())
	fmt.Println(re.SubexpIndex("month"), re.SubexpIndex("day"), re.SubexpIndex(""))
	m := re.FindStringSubmatch("on 2024-02-29")
	fmt.Println(m[re.SubexpIndex("year")], m[re.SubexpIndex("month")], m[3])
	fmt.Println(re)
	fmt.Printf("%v|%s\n", re, re)

	for _, expr := range []string{`hello`, `a.c`, `(?i)abc`, `abc|abd`, ``} {
		prefix, complete := regexp.MustCompile(expr).LiteralPrefix()
		fmt.Printf("%q %q %v\n", expr, prefix, complete)
	}
	fmt.Println(regexp.MustCompile(`x`).NumSubexp(), len(regexp.MustCompile(`x`).SubexpNames()))

	fmt.Println(regexp.QuoteMeta(`Escaping symbols like: .+*?()|[]{}^$`))
	fmt.Println(regexp.QuoteMeta("héllo-world"))
	quoted := regexp.MustCompile(regexp.QuoteMeta("1.5+2=3.5?"))
	fmt.Println(quoted.MatchString("1.5+2=3.5?"), quoted.MatchString("105+2=3.5"))

	text, err := re.MarshalText()
	fmt.Println(string(text), err)
	var fresh regexp.Regexp
	fmt.Println(fresh.UnmarshalText([]byte(`b+`)), fresh.String(), fresh.MatchString("abbc"))
	target := regexp.MustCompile(`keep`)
	err = target.UnmarshalText([]byte(`bad(`))
	fmt.Println(err, target.String())

	// io.RuneReader inputs: a strings.Reader and a bufio.Reader.
	word := regexp.MustCompile(`b+`)
	fmt.Println(word.MatchReader(strings.NewReader("abbc")), word.MatchReader(strings.NewReader("xyz")))
	fmt.Println(word.FindReaderIndex(strings.NewReader("xxabbc")))
	fmt.Println(word.FindReaderIndex(strings.NewReader("none")) == nil)
	sub := regexp.MustCompile(`(\w)é(\w)`)
	fmt.Println(sub.FindReaderSubmatchIndex(bufio.NewReader(strings.NewReader("--càfé!--téa"))))
	ok, err := regexp.MatchReader(`^\d+$`, strings.NewReader("2024"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchReader(`[`, strings.NewReader("2024"))
	fmt.Println(ok, err)
}

// Output:
// (?P<year>\d{4})-(?P<month>\d{2})-(\d{2}) 3
// ["" "year" "month" ""]
// 2 -1 -1
// 2024 02 29
// (?P<year>\d{4})-(?P<month>\d{2})-(\d{2})
// (?P<year>\d{4})-(?P<month>\d{2})-(\d{2})|(?P<year>\d{4})-(?P<month>\d{2})-(\d{2})
// "hello" "hello" true
// "a.c" "a" false
// "(?i)abc" "" false
// "abc|abd" "ab" false
// "" "" true
// 0 1
// Escaping symbols like: \.\+\*\?\(\)\|\[\]\{\}\^\$
// héllo-world
// true false
// (?P<year>\d{4})-(?P<month>\d{2})-(\d{2}) <nil>
// <nil> b+ true
// error parsing regexp: missing closing ): `bad(` keep
// true false
// [3 5]
// true
// [11 15 11 12 14 15]
// true <nil>
// false error parsing regexp: missing closing ]: `[`
