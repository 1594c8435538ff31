package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReader("héllo, reader")
	fmt.Println(r.Len(), r.Size())
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size)
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size, r.Len())
	fmt.Println(r.UnreadRune(), r.Len())
	fmt.Println(r.UnreadRune())
	b, _ := r.ReadByte()
	fmt.Println(b, r.UnreadByte(), r.Len())
	p := make([]byte, 5)
	n, err := r.Read(p)
	fmt.Println(n, err, string(p[:n]))
	pos, err := r.Seek(2, io.SeekCurrent)
	fmt.Println(pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("%q\n", rest)
	n, err = r.Read(p)
	fmt.Println(n, err)
	_, err = r.Seek(-1, io.SeekStart)
	fmt.Println(err)
	r.Reset("again")
	wn, err := r.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(wn, err, r.Len())

	rep := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(rep.Replace("<a href=\"x&y\">"))
	rep.WriteString(os.Stdout, "1 < 2\n")
	swap := strings.NewReplacer("a", "b", "b", "a")
	fmt.Println(swap.Replace("abba"))
	multi := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(multi.Replace("aaaaaa aaaa a"))

	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"))
	before, after, found := strings.Cut("user:pass", ":")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("nocolon", ":")
	fmt.Printf("%q %q %v\n", before, after, found)
	s, ok := strings.CutPrefix("prefix.rest", "prefix.")
	fmt.Println(s, ok)
	s, ok = strings.CutSuffix("file.go", ".txt")
	fmt.Println(s, ok)
	fmt.Println(strings.Title("hello wOrld, it's_me"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q %v\n", strings.SplitN("a,b", ",", 0), strings.SplitN("a,b", ",", 0) == nil)
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo1;bar2,baz3...", func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return c > unicode.MaxASCII }))
	fmt.Println(strings.LastIndexFunc("go123", unicode.IsLetter))
	fmt.Println(strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
	fmt.Println(strings.TrimLeftFunc("123abc", unicode.IsDigit), strings.TrimRightFunc("abc123", unicode.IsDigit))
	fmt.Println(strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""), strings.ContainsRune("aardvark", 97))
	fmt.Println(strings.ContainsFunc("hello", unicode.IsUpper), strings.IndexAny("golang", "y"), strings.LastIndexByte("teeth", 'e'))
	fmt.Println(strings.LastIndexAny("go gopher", "go"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Repeat("na", 4), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xC0\xAFc", "?"), strings.Clone("c"))
	var sb strings.Builder
	sb.Grow(10)
	sb.Write([]byte("bytes "))
	sb.WriteRune('→')
	fmt.Fprintf(&sb, " %03d", 7)
	fmt.Println(sb.String(), sb.Len())
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.NewReplacer("odd")
}

// Output:
// 14 14
// h 1
// é 2 11
// <nil> 13
// strings.Reader.UnreadRune: previous operation was not ReadRune
// 195 <nil> 13
// 5 <nil> éllo
// 8 <nil>
// "reader"
// 0 EOF
// strings.Reader.Seek: negative position
// again
// 5 <nil> 0
// &lt;a href="x&amp;y"&gt;
// 1 &lt; 2
// baab
// 33 31 1
// true true
// user pass true
// "nocolon" "" false
// rest true
// file.go false
// Hello WOrld, It'S_me
// ["a" "b,c,d"]
// [] true
// ["a" "b" "c"]
// ["a," "b," "c"]
// ["a," "b,c"]
// ["a" "b" "c"]
// ["foo1" "bar2" "baz3"]
// 7
// 1
// Hello, Gophers
// abc abc
// true false true
// false -1 2
// 4 3 5
// nananana -1 1 0
// a?b?c c
// bytes → 007 13
// recovered: strings.NewReplacer: odd argument count
