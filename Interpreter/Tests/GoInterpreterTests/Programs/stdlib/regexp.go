package main

import (
	"bytes"
	"fmt"
	"regexp"
)

var hostRe = regexp.MustCompile(`^([a-z]+)\.example\.(com|org)$`)

func main() {
	fmt.Println(hostRe.MatchString("api.example.com"), hostRe.MatchString("API.example.com"))
	fmt.Println(hostRe.FindStringSubmatch("www.example.org"))
	re := regexp.MustCompile(`a(x*)b`)
	fmt.Println(re.ReplaceAllString("-ab-axxb-", "${1}W"), re.FindAllString("ab axb axxb", -1))
	fmt.Println(re.FindStringIndex("zzaxbzz"), re.String(), re.NumSubexp())
	ok, err := regexp.MatchString(`\d+`, "abc123")
	fmt.Println(ok, err)
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err != nil)
	fmt.Println(regexp.QuoteMeta("1.5+2"), bytes.Contains([]byte("seafood"), []byte("foo")), string(bytes.ToUpper([]byte("abc"))))
}

// Output:
// true false
// [www.example.org www org]
// -W-xxW- [ab axb axxb]
// [2 5] a(x*)b 1
// true <nil>
// true
// 1\.5\+2 true ABC
