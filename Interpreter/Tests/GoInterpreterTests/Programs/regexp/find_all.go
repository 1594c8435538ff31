package main

import (
	"fmt"
	"regexp"
)

// The FindAll family: limits, nil for no match, submatches of every match.
func main() {
	re := regexp.MustCompile(`a.`)
	fmt.Println(re.FindAllString("paranormal", -1))
	fmt.Println(re.FindAllString("paranormal", 2))
	fmt.Println(re.FindAllString("graal", -1))
	fmt.Println(re.FindAllString("none", -1), re.FindAllString("none", -1) == nil)
	fmt.Println(re.FindAllString("paranormal", 0) == nil)
	fmt.Println(re.FindAllStringIndex("paranormal", -1))

	sub := regexp.MustCompile(`a(x*)b`)
	fmt.Println(sub.FindAllStringSubmatchIndex("-ab-", -1))
	fmt.Println(sub.FindAllStringSubmatchIndex("-axxb-", -1))
	fmt.Println(sub.FindAllStringSubmatchIndex("-ab-axb-", -1))
	fmt.Println(sub.FindAllStringSubmatchIndex("-axxb-ab-", -1))
	fmt.Println(sub.FindAllStringSubmatchIndex("-foo-", -1))
	fmt.Printf("%q\n", sub.FindAllStringSubmatch("-ab-axxb-", -1))
	fmt.Printf("%q\n", sub.FindAllStringSubmatch("-ab-axxb-", 1))

	b := []byte("key=1, other=22, last=333")
	kv := regexp.MustCompile(`(\w+)=(\d+)`)
	fmt.Printf("%q\n", kv.FindAll(b, -1))
	fmt.Println(kv.FindAllIndex(b, 2))
	fmt.Printf("%q\n", kv.FindAllSubmatch(b, -1))
	fmt.Println(kv.FindAllSubmatchIndex(b, -1))
	fmt.Println(kv.FindAll([]byte("none"), -1) == nil, kv.FindAllIndex(nil, -1) == nil,
		kv.FindAllSubmatch([]byte("x"), -1) == nil, kv.FindAllSubmatchIndex([]byte("x"), -1) == nil)
	fmt.Println(kv.FindAllStringSubmatch("", -1) == nil, kv.FindAllStringIndex("x", -1) == nil)

	// Optional groups that did not match are nil inside FindAllSubmatch.
	opt := regexp.MustCompile(`(\d)(x)?`)
	for _, m := range opt.FindAllSubmatch([]byte("1x2"), -1) {
		fmt.Println(string(m[0]), m[2] == nil)
	}
}

// Output:
// [ar an al]
// [ar an]
// [aa]
// [] true
// true
// [[1 3] [3 5] [8 10]]
// [[1 3 2 2]]
// [[1 5 2 4]]
// [[1 3 2 2] [4 7 5 6]]
// [[1 5 2 4] [6 8 7 7]]
// []
// [["ab" ""] ["axxb" "xx"]]
// [["ab" ""]]
// ["key=1" "other=22" "last=333"]
// [[0 5] [7 15]]
// [["key=1" "key" "1"] ["other=22" "other" "22"] ["last=333" "last" "333"]]
// [[0 5 0 3 4 5] [7 15 7 12 13 15] [17 25 17 21 22 25]]
// true true true true
// true true
// 1x false
// 2 true
