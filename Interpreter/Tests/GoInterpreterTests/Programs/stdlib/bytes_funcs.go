package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	s := []byte("  Hello, Gophers! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("Goph")), bytes.Count(s, []byte("Hello")), bytes.Count([]byte("abc"), nil))
	fmt.Println(bytes.Index(s, []byte("Hello")), bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, '!'), bytes.LastIndexByte(s, '!'))
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexAny([]byte("golang"), "xyzn"), bytes.LastIndexAny([]byte("golang"), "go"))
	fmt.Println(bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("!  ")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.ContainsAny([]byte("abc"), "xyc"), bytes.ContainsRune([]byte("abc"), 'b'))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q %q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar  baz   ")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("--")))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("abc")), bytes.ToLower([]byte("ABC")), bytes.Title([]byte("hello wide world")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s | %s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2), bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	rest, ok := bytes.CutPrefix([]byte("v1.2"), []byte("v"))
	fmt.Printf("%s %v\n", rest, ok)
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, []byte("banxana")))
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.IndexFunc([]byte("abc1"), unicode.IsDigit))
	fmt.Println(bytes.Clone(nil) == nil, string(bytes.Clone([]byte("c"))))

	r := bytes.NewReader([]byte("0123456789"))
	buf := make([]byte, 4)
	n, _ := r.Read(buf)
	fmt.Println(n, string(buf), r.Len(), r.Size())
	pos, err := r.Seek(-2, io.SeekEnd)
	fmt.Println(pos, err, r.Len())
	b, _ := r.ReadByte()
	fmt.Println(string(b))
	n, err = r.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	defer func() { fmt.Println("recovered:", recover()) }()
	bytes.Repeat([]byte("x"), -1)
}

// Output:
// true 2 4
// 2 18 16 23
// 4 4 5
// true true true -1
// true true true
// "Hello, Gophers! Hello!"
// "hi"
// "hixx" "xxhi"
// "body" "body"
// "abc"
// ["a" "b" "c"]
// ["a" "b,c"]
// ["a," "b," "c"]
// ["foo" "bar" "baz"]
// ["a" "b" "c"]
// x--y--z
// ABC abc Hello Wide World
// ababab
// oinky oinky oink | moo moo
// key value true
// 1.2 true
// bAnAnA
// [104 233 108 108 111] 3
// true c
// 4 0123 6 10
// 8 <nil> 2
// 8
// 2 EOF 89
// recovered: bytes: negative Repeat count
