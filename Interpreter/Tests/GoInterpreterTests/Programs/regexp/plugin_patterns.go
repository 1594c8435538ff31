package main

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

// Patterns as Traefik middleware plugins use them: compiled from configuration, applied to
// paths and headers, errors wrapped with %w.
type Config struct {
	Regex       string
	Replacement string
}

type rewriter struct {
	re          *regexp.Regexp
	replacement string
}

func newRewriter(c Config) (*rewriter, error) {
	re, err := regexp.Compile(c.Regex)
	if err != nil {
		return nil, fmt.Errorf("error compiling regular expression %s: %w", c.Regex, err)
	}
	return &rewriter{re: re, replacement: strings.TrimSpace(c.Replacement)}, nil
}

func (r *rewriter) rewrite(path string) string {
	if !r.re.MatchString(path) {
		return path
	}
	return r.re.ReplaceAllString(path, r.replacement)
}

var bearer = regexp.MustCompile(`(?i)^bearer\s+([A-Za-z0-9._-]+)$`)

func main() {
	rw, err := newRewriter(Config{Regex: `^/api/v(\d+)/(?P<rest>.*)$`, Replacement: " /v$1/${rest} "})
	fmt.Println(err)
	for _, p := range []string{"/api/v2/users/42", "/static/app.js", "/api/v10/"} {
		fmt.Println(p, "->", rw.rewrite(p))
	}

	_, err = newRewriter(Config{Regex: `^/(unclosed`})
	fmt.Println(err)
	var se *syntax.Error
	fmt.Println(errors.As(err, &se), se.Code == syntax.ErrMissingParen, se.Expr)

	headers := map[string]string{"Authorization": "Bearer abc.DEF-123"}
	if m := bearer.FindStringSubmatch(headers["Authorization"]); m != nil {
		fmt.Println("token:", m[1])
	}
	fmt.Println(bearer.MatchString("Basic xyz"))

	// Flags: multi-line anchors, dot matching newline, absolute anchors.
	text := "first line\nsecond line\nthird"
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)^\w+`).FindAllString(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(?m)\w+$`).FindAllString(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`^\w+`).FindAllString(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`line.second`).FindString(text))
	fmt.Printf("%q\n", regexp.MustCompile(`(?s)line.second`).FindString(text))
	fmt.Println(regexp.MustCompile(`\Afirst`).MatchString(text), regexp.MustCompile(`(?m)\Asecond`).MatchString(text))
	fmt.Println(regexp.MustCompile(`third\z`).MatchString(text), regexp.MustCompile(`line\z`).MatchString(text))

	// Host rules with counted repetition and a non-capturing group.
	host := regexp.MustCompile(`^(?:[a-z0-9-]{1,63}\.)+example\.(?:com|org)$`)
	for _, hn := range []string{"api.example.com", "a.b.example.org", "example.com", "bad_host.example.com"} {
		fmt.Println(hn, host.MatchString(hn))
	}

	// Building a pattern from user text with QuoteMeta.
	prefix := "/v1.0(beta)"
	re := regexp.MustCompile("^" + regexp.QuoteMeta(prefix) + "(/.*)?$")
	fmt.Println(re.MatchString("/v1.0(beta)/x"), re.MatchString("/v1x0(beta)/x"))
	fmt.Println(re.ReplaceAllString("/v1.0(beta)/items", "/v1$1"))
}

// Output:
// <nil>
// /api/v2/users/42 -> /v2/users/42
// /static/app.js -> /static/app.js
// /api/v10/ -> /v10/
// error compiling regular expression ^/(unclosed: error parsing regexp: missing closing ): `^/(unclosed`
// true true ^/(unclosed
// token: abc.DEF-123
// false
// ["first" "second" "third"]
// ["line" "line" "third"]
// ["first"]
// ""
// "line\nsecond"
// true false
// true false
// api.example.com true
// a.b.example.org true
// example.com false
// bad_host.example.com false
// true false
// /v1/items
