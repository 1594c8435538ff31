package main

import (
	"fmt"
	"net/url"
)

func main() {
	// RFC 3986 §5.4: normal and abnormal examples against the same base.
	base, _ := url.Parse("http://a/b/c/d;p?q")
	refs := []string{
		"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "",
		".", "./", "..", "../", "../g", "../..", "../../", "../../g",
		"../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h",
		"g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g",
	}
	for _, r := range refs {
		ref, err := url.Parse(r)
		if err != nil {
			fmt.Println(r, "error:", err)
			continue
		}
		fmt.Printf("%-12q -> %s\n", r, base.ResolveReference(ref))
	}

	// URL.Parse is Parse plus ResolveReference.
	api, _ := url.Parse("https://api.example.com/v1/users/")
	next, err := api.Parse("42/posts?page=2")
	fmt.Println(next, err)
	next, err = api.Parse("/health")
	fmt.Println(next, err)
	_, err = api.Parse("%zz")
	fmt.Println(err)

	opaque, _ := url.Parse("mailto:a@b.c")
	q, _ := url.Parse("?subject=x")
	fmt.Println(opaque.ResolveReference(q))

	// JoinPath keeps the base's query and a trailing slash of the last element.
	withQuery, _ := url.Parse("https://example.com/base?x=1")
	fmt.Println(withQuery.JoinPath("a", "b/"), withQuery.JoinPath("../../up"))
	relative := &url.URL{Path: "dir"}
	fmt.Println(relative.JoinPath("..", "..", "file"))
	fmt.Println(withQuery.JoinPath().String())
}

// Output:
// "g:h"        -> g:h
// "g"          -> http://a/b/c/g
// "./g"        -> http://a/b/c/g
// "g/"         -> http://a/b/c/g/
// "/g"         -> http://a/g
// "//g"        -> http://g
// "?y"         -> http://a/b/c/d;p?y
// "g?y"        -> http://a/b/c/g?y
// "#s"         -> http://a/b/c/d;p?q#s
// "g#s"        -> http://a/b/c/g#s
// "g?y#s"      -> http://a/b/c/g?y#s
// ";x"         -> http://a/b/c/;x
// "g;x"        -> http://a/b/c/g;x
// "g;x?y#s"    -> http://a/b/c/g;x?y#s
// ""           -> http://a/b/c/d;p?q
// "."          -> http://a/b/c/
// "./"         -> http://a/b/c/
// ".."         -> http://a/b/
// "../"        -> http://a/b/
// "../g"       -> http://a/b/g
// "../.."      -> http://a/
// "../../"     -> http://a/
// "../../g"    -> http://a/g
// "../../../g" -> http://a/g
// "../../../../g" -> http://a/g
// "/./g"       -> http://a/g
// "/../g"      -> http://a/g
// "g."         -> http://a/b/c/g.
// ".g"         -> http://a/b/c/.g
// "g.."        -> http://a/b/c/g..
// "..g"        -> http://a/b/c/..g
// "./../g"     -> http://a/b/g
// "./g/."      -> http://a/b/c/g/
// "g/./h"      -> http://a/b/c/g/h
// "g/../h"     -> http://a/b/c/h
// "g;x=1/./y"  -> http://a/b/c/g;x=1/y
// "g;x=1/../y" -> http://a/b/c/y
// "g?y/./x"    -> http://a/b/c/g?y/./x
// "g?y/../x"   -> http://a/b/c/g?y/../x
// "g#s/./x"    -> http://a/b/c/g#s/./x
// "g#s/../x"   -> http://a/b/c/g#s/../x
// "http:g"     -> http:g
// https://api.example.com/v1/users/42/posts?page=2 <nil>
// https://api.example.com/health <nil>
// parse "%zz": invalid URL escape "%zz"
// mailto:a@b.c?subject=x
// https://example.com/base/a/b/?x=1 https://example.com/up?x=1
// file
// https://example.com/base?x=1
