package main

import (
	"fmt"
	"regexp"
)

// Leftmost-first (Perl) versus leftmost-longest (Longest, CompilePOSIX).
func main() {
	re := regexp.MustCompile(`a(|b)`)
	fmt.Println(re.FindString("ab"))
	alias := re
	re.Longest()
	fmt.Println(re.FindString("ab"), alias.FindString("ab"))

	alt := `a+|a+b`
	fmt.Println(regexp.MustCompile(alt).FindString("aab"))
	posix := regexp.MustCompilePOSIX(alt)
	fmt.Println(posix.FindString("aab"), posix.String())

	p, err := regexp.CompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Println(err)
	fmt.Printf("%q\n", p.FindStringSubmatch("abcd"))
	// Among equally long matches the groups are those a backtracking search finds first.
	perl := regexp.MustCompile(`(a|ab)(c|bcd)(d*)`)
	fmt.Printf("%q\n", perl.FindStringSubmatch("abcd"))

	// Longest also changes what FindAll and ReplaceAll see.
	lazy := regexp.MustCompile(`<.+?>`)
	fmt.Println(lazy.FindAllString("<a><b>", -1))
	lazy.Longest()
	fmt.Println(lazy.FindAllString("<a><b>", -1))
	fmt.Println(lazy.ReplaceAllString("x<a><b>y", "_"))

	// Copy shares nothing mutable: Longest on the copy leaves the original alone.
	orig := regexp.MustCompile(`x*?`)
	cp := orig.Copy()
	cp.Longest()
	fmt.Printf("%q %q\n", orig.FindString("xxx"), cp.FindString("xxx"))
}

// Output:
// a
// ab ab
// aa
// aab a+|a+b
// <nil>
// ["abcd" "a" "bcd" ""]
// ["abcd" "a" "bcd" ""]
// [<a> <b>]
// [<a><b>]
// x_y
// "" "xxx"
