package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
)

// Compile errors read as Go's and are *syntax.Error values.
func main() {
	for _, expr := range []string{
		`a(b`,
		`a)b`,
		`[a-`,
		`[z-a]`,
		`a**`,
		`x{2,1}`,
		`x{1001}`,
		`*`,
		`\8`,
		`a\`,
		`(?P<>a)`,
		`(?P<x!>a)`,
		`(?z)`,
		`\p{Foo}`,
		`[[:foo:]]`,
	} {
		_, err := regexp.Compile(expr)
		fmt.Println(err)
	}
	// Invalid UTF-8 is reported from the bad byte on.
	_, err := regexp.Compile("ab\xffc")
	fmt.Printf("%q\n", err.Error())

	_, err = regexp.Compile(`a(b`)
	var se *syntax.Error
	fmt.Println(errors.As(err, &se), se.Code, "|", se.Expr)
	fmt.Println(se.Code == syntax.ErrMissingParen, se.Code.String())
	if e, ok := err.(*syntax.Error); ok {
		fmt.Println(e.Error() == err.Error(), e.Code == syntax.ErrMissingParen)
	}

	ok, err := regexp.MatchString(`(`, "x")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`^\d+$`, []byte("123"))
	fmt.Println(ok, err)
	ok, err = regexp.MatchString(`^\d+$`, "12a")
	fmt.Println(ok, err)

	// POSIX syntax has no Perl classes.
	_, err = regexp.CompilePOSIX(`\d+`)
	fmt.Println(err)
	// Without Perl flags "(?" is a group starting with a repetition operator.
	_, err = regexp.CompilePOSIX(`(?i)a`)
	fmt.Println(err)

	fmt.Println(mustCompile(`a(b`))
	fmt.Println(mustCompile("`("))
	fmt.Println(mustCompilePOSIX(`[b`))
	fmt.Println(mustCompile(`fine`))

	// Methods on a nil *Regexp panic like any nil dereference.
	var nilRe *regexp.Regexp
	defer func() { fmt.Println("recovered:", recover()) }()
	nilRe.MatchString("x")
}

func mustCompile(expr string) (msg any) {
	defer func() {
		if r := recover(); r != nil {
			msg = r
		}
	}()
	return regexp.MustCompile(expr).String()
}

func mustCompilePOSIX(expr string) (msg any) {
	defer func() {
		if r := recover(); r != nil {
			msg = r
		}
	}()
	return regexp.MustCompilePOSIX(expr).String()
}

// Output:
// error parsing regexp: missing closing ): `a(b`
// error parsing regexp: unexpected ): `a)b`
// error parsing regexp: missing closing ]: `[a-`
// error parsing regexp: invalid character class range: `z-a`
// error parsing regexp: invalid nested repetition operator: `**`
// error parsing regexp: invalid repeat count: `{2,1}`
// error parsing regexp: invalid repeat count: `{1001}`
// error parsing regexp: missing argument to repetition operator: `*`
// error parsing regexp: invalid escape sequence: `\8`
// error parsing regexp: trailing backslash at end of expression: ``
// error parsing regexp: invalid named capture: `(?P<>`
// error parsing regexp: invalid named capture: `(?P<x!>`
// error parsing regexp: invalid or unsupported Perl syntax: `(?z`
// error parsing regexp: invalid character class range: `\p{Foo}`
// error parsing regexp: invalid character class range: `[:foo:]`
// "error parsing regexp: invalid UTF-8: `\xffc`"
// true missing closing ) | a(b
// true missing closing )
// true true
// false error parsing regexp: missing closing ): `(`
// true <nil>
// false <nil>
// error parsing regexp: invalid escape sequence: `\d`
// error parsing regexp: missing argument to repetition operator: `?`
// regexp: Compile(`a(b`): error parsing regexp: missing closing ): `a(b`
// regexp: Compile("`("): error parsing regexp: missing closing ): ``(`
// regexp: CompilePOSIX(`[b`): error parsing regexp: missing closing ]: `[b`
// fine
// recovered: runtime error: invalid memory address or nil pointer dereference
