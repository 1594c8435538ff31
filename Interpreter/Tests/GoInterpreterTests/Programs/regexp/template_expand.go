package main

import (
	"fmt"
	"regexp"
)

// Template expansion corner cases: $name, ${name}, $1x meaning ${1x}, $$, malformed references.
func main() {
	re := regexp.MustCompile(`(?P<first>\w+)\s(?P<last>\w+)`)
	src := "John Smith"
	for _, tmpl := range []string{
		"$last, $first",
		"${last}_$first",
		"$2 $1",
		"[$1x]",
		"[${1}x]",
		"$$1",
		"$$$1",
		"cost: $",
		"${first",
		"${}",
		"$-",
		"[$10]",
		"[$01]",
		"[$0]",
		"[${0}]",
		"$first$last",
		"$firstx",
	} {
		fmt.Printf("%-16q => %q\n", tmpl, re.ReplaceAllString(src, tmpl))
	}

	// Expand appends to dst; the match can come from FindStringSubmatchIndex.
	mail := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	text := "bob@example.com"
	m := mail.FindStringSubmatchIndex(text)
	dst := []byte("to: ")
	dst = mail.ExpandString(dst, "$2/$1 ${1}x $1x $$ $", text, m)
	fmt.Printf("%q\n", dst)
	// A match with fewer groups expands the missing ones to nothing.
	fmt.Printf("%q\n", mail.ExpandString(nil, "[$0|$1]", text, m[:2]))
	fmt.Println(mail.ExpandString(nil, "", text, m) == nil)

	content := []byte(`
	# comment line
	option1: value1
	option2: value2

	# another comment line
	option3: value3
`)
	pattern := regexp.MustCompile(`(?m)(?P<key>\w+):\s+(?P<value>\w+)$`)
	template := []byte("$key=$value\n")
	result := []byte{}
	for _, submatches := range pattern.FindAllSubmatchIndex(content, -1) {
		result = pattern.Expand(result, template, content, submatches)
	}
	fmt.Print(string(result))

	// With two groups of one name, the first that took part is used.
	twice := regexp.MustCompile(`(?P<v>a)|(?P<v>b)`)
	fmt.Println(twice.ReplaceAllString("ab", "<$v>"))
}

// Output:
// "$last, $first"  => "Smith, John"
// "${last}_$first" => "Smith_John"
// "$2 $1"          => "Smith John"
// "[$1x]"          => "[]"
// "[${1}x]"        => "[Johnx]"
// "$$1"            => "$1"
// "$$$1"           => "$John"
// "cost: $"        => "cost: $"
// "${first"        => "${first"
// "${}"            => "${}"
// "$-"             => "$-"
// "[$10]"          => "[]"
// "[$01]"          => "[]"
// "[$0]"           => "[John Smith]"
// "[${0}]"         => "[John Smith]"
// "$first$last"    => "JohnSmith"
// "$firstx"        => ""
// "to: example/bob bobx  $ $"
// "[bob@example.com|]"
// true
// option1=value1
// option2=value2
// option3=value3
// <a><b>
