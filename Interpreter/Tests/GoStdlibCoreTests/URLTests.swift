import XCTest
@testable import GoStdlibCore

/// net/url behaviour: parsing into components, reassembly, escaping, resolution and queries.
final class URLTests: XCTestCase {
    private func b(_ s: String) -> [UInt8] { Array(s.utf8) }
    private func s(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

    private func parsed(_ raw: String, file: StaticString = #filePath, line: UInt = #line) -> GoURL? {
        switch GoURL.parse(b(raw)) {
        case .success(let u): return u
        case .failure(let f): XCTFail("\(raw): \(f)", file: file, line: line); return nil
        }
    }

    private func parseError(_ raw: String) -> String? {
        if case .failure(let f) = GoURL.parse(b(raw)) { return f.description }
        return nil
    }

    func testParsesComponents() {
        // raw, scheme, opaque, user, host, path, rawPath, rawQuery, fragment
        let cases: [(String, String, String, String?, String, String, String, String, String)] = [
            ("http://www.google.com", "http", "", nil, "www.google.com", "", "", "", ""),
            ("http://www.google.com/file%20one%26two", "http", "", nil, "www.google.com", "/file one&two", "/file%20one%26two", "", ""),
            ("ftp://webmaster@www.google.com/", "ftp", "", "webmaster", "www.google.com", "/", "", "", ""),
            ("http://j@ne:password@google.com", "http", "", "j@ne:password", "google.com", "", "", "", ""),
            ("http://www.google.com/?q=go+language#foo%26bar", "http", "", nil, "www.google.com", "/", "", "q=go+language", "foo&bar"),
            ("mailto:webmaster@golang.org", "mailto", "webmaster@golang.org", nil, "", "", "", "", ""),
            ("mailto:/webmaster@golang.org", "mailto", "", nil, "", "/webmaster@golang.org", "", "", ""),
            ("http://user:@host/", "http", "", "user:", "host", "/", "", "", ""),
            ("/foo?query=http://bad", "", "", nil, "", "/foo", "", "query=http://bad", ""),
            ("//foo", "", "", nil, "foo", "", "", "", ""),
            ("//user@foo/path?a=b", "", "", "user", "foo", "/path", "", "a=b", ""),
            ("///threeslashes", "", "", nil, "", "///threeslashes", "", "", ""),
            ("http://[fe80::1]/", "http", "", nil, "[fe80::1]", "/", "", "", ""),
            ("http://[fe80::1]:8080/", "http", "", nil, "[fe80::1]:8080", "/", "", "", ""),
            ("http://[fe80::1%25en0]/", "http", "", nil, "[fe80::1%en0]", "/", "", "", ""),
            ("http://[fe80::1%25%65%6e%301-._~]:8080/", "http", "", nil, "[fe80::1%en01-._~]:8080", "/", "", "", ""),
            ("http://rest.rsc.io/foo%2fbar/baz%2Fquux?alt=media", "http", "", nil, "rest.rsc.io", "/foo/bar/baz/quux", "/foo%2fbar/baz%2Fquux", "alt=media", ""),
            ("tcp://[2020::2020:20:2020:2020%25Windows%20Loves%20Spaces]:2020", "tcp", "", nil, "[2020::2020:20:2020:2020%Windows Loves Spaces]:2020", "", "", "", ""),
            ("magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn", "magnet", "", nil, "", "", "", "xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a&dn", ""),
            ("http://host/a%20b#x%20y", "http", "", nil, "host", "/a b", "", "", "x y"),
        ]
        for (raw, scheme, opaque, user, host, path, rawPath, rawQuery, fragment) in cases {
            guard let u = parsed(raw) else { continue }
            XCTAssertEqual(s(u.scheme), scheme, raw)
            XCTAssertEqual(s(u.opaque), opaque, raw)
            XCTAssertEqual(u.user.map { s($0.username) + ($0.passwordSet ? ":" + s($0.password) : "") }, user, raw)
            XCTAssertEqual(s(u.host), host, raw)
            XCTAssertEqual(s(u.rawQuery), rawQuery, raw)
            XCTAssertEqual(s(u.fragment), fragment, raw)
            XCTAssertEqual(s(u.path), path, raw)
            XCTAssertEqual(s(u.rawPath), rawPath, raw)
            // A kept raw path is what EscapedPath returns.
            if !rawPath.isEmpty { XCTAssertEqual(s(u.escapedPath), rawPath, raw) }
        }
    }

    func testStringRoundTrips() {
        for raw in [
            "http://www.google.com/", "http://www.google.com/file%20one%26two", "ftp://webmaster@www.google.com/",
            "http://j%40ne:password@google.com", "mailto:webmaster@golang.org", "//user@foo/path?a=b",
            "http://[fe80::1%25en0]:8080/", "http://www.google.com/?", "file:///etc/passwd", "file:/etc/passwd",
            "http://host/%7Efoo#frag%7E", "https://example.com/#a!$&'()*+,;=", "magnet:?xt=urn:btih:abc&dn",
            "mailto:/webmaster@golang.org", "http://user:@host/",
        ] {
            XCTAssertEqual(parsed(raw).map { s($0.string) }, raw, raw)
        }
        var u = GoURL()
        u.scheme = b("http")
        u.path = b("relative")
        XCTAssertEqual(s(u.string), "http://relative")
        u = GoURL()
        u.path = b("this:that")
        XCTAssertEqual(s(u.string), "./this:that")
        u.path = b("/a b?c")
        u.fragment = b("f g")
        XCTAssertEqual(s(u.string), "/a%20b%3Fc#f%20g")
        XCTAssertEqual(s(u.requestURI), "/a%20b%3Fc")
    }

    func testParseErrorsUseGoText() {
        let cases: [(String, String)] = [
            ("http://x/%zz", #"parse "http://x/%zz": invalid URL escape "%zz""#),
            ("http://x/%4", #"parse "http://x/%4": invalid URL escape "%4""#),
            ("http://a b/", #"parse "http://a b/": invalid character " " in host name"#),
            ("http://%41/", #"parse "http://%41/": invalid URL escape "%41""#),
            ("http://[::1/", #"parse "http://[::1/": missing ']' in host"#),
            ("http://h:p/", #"parse "http://h:p/": invalid port ":p" after host"#),
            (":x", #"parse ":x": missing protocol scheme"#),
            ("a_b:b/c:d", #"parse "a_b:b/c:d": first path segment in URL cannot contain colon"#),
            ("http://x\u{1}/", #"parse "http://x\x01/": net/url: invalid control character in URL"#),
            ("http://a<b@c/", #"parse "http://a<b@c/": net/url: invalid userinfo"#),
            ("http://x/#%zz", #"parse "http://x/#%zz": invalid URL escape "%zz""#),
            // Brackets hold IPv6 only (CVE-2025-47912) and must open the host (CVE-2026-25679).
            ("http://[127.0.0.1]/", #"parse "http://[127.0.0.1]/": invalid IP-literal"#),
            ("http://[example.com]/", #"parse "http://[example.com]/": invalid host: ParseAddr("example.com"): unexpected character (at "example.com")"#),
            ("http://x[::1]/", #"parse "http://x[::1]/": invalid IP-literal"#),
            ("https://h:1:2/", #"parse "https://h:1:2/": invalid port ":1:2" after host"#),
        ]
        for (raw, want) in cases { XCTAssertEqual(parseError(raw), want, raw) }
        XCTAssertEqual(parsed("postgres://a:1,b:2/db").map { s($0.host) }, "a:1,b:2")
        XCTAssertEqual(parsed("http://[::ffff:1.2.3.4]:80/").map { s($0.hostname) }, "::ffff:1.2.3.4")
        if case .failure(let f) = GoURL.parseRequestURI(b("rel")) { XCTAssertEqual(f.description, #"parse "rel": invalid URI for request"#) } else { XCTFail() }
        if case .failure(let f) = GoURL.parseRequestURI([]) { XCTAssertEqual(f.description, #"parse "": empty url"#) } else { XCTFail() }
    }

    func testEscaping() {
        let cases: [(String, String, String)] = [
            ("", "", ""),
            ("abc", "abc", "abc"),
            ("one two", "one+two", "one%20two"),
            ("10%", "10%25", "10%25"),
            ("a/b;c,d?e", "a%2Fb%3Bc%2Cd%3Fe", "a%2Fb%3Bc%2Cd%3Fe"),
            ("$&+=:@", "%24%26%2B%3D%3A%40", "$&+=:@"),
            ("-_.~", "-_.~", "-_.~"),
            ("☺", "%E2%98%BA", "%E2%98%BA"),
        ]
        for (raw, query, path) in cases {
            XCTAssertEqual(s(GoURLEscaping.queryEscape(b(raw))), query, raw)
            XCTAssertEqual(s(GoURLEscaping.pathEscape(b(raw))), path, raw)
            XCTAssertEqual(try GoURLEscaping.queryUnescape(b(query)), b(raw), raw)
            XCTAssertEqual(try GoURLEscaping.pathUnescape(b(path)), b(raw), raw)
        }
        XCTAssertEqual(try GoURLEscaping.queryUnescape(b("a+b")), b("a b"))
        XCTAssertEqual(try GoURLEscaping.pathUnescape(b("a+b")), b("a+b"))
        for (bad, payload) in [("%", "%"), ("%a", "%a"), ("%zz", "%zz"), ("x%1g", "%1g"), ("100%", "%")] {
            XCTAssertThrowsError(try GoURLEscaping.queryUnescape(b(bad))) { e in
                XCTAssertEqual(e as? GoURLError, .escape(b(payload)), bad)
                XCTAssertEqual((e as? GoURLError)?.description, "invalid URL escape \"\(payload)\"")
            }
        }
        // Hosts may not escape ASCII (except %25) and reject characters outside the host set.
        XCTAssertThrowsError(try GoURLEscaping.unescape(b("a%2Fb"), .host))
        XCTAssertEqual(try GoURLEscaping.unescape(b("%C3%A9x"), .host), b("éx"))
        XCTAssertThrowsError(try GoURLEscaping.unescape(b("a{b"), .host)) { e in
            XCTAssertEqual((e as? GoURLError)?.description, "invalid character \"{\" in host name")
        }
    }

    func testResolveReferenceRFC3986() {
        guard let base = parsed("http://a/b/c/d;p?q") else { return }
        let cases: [(String, String)] = [
            ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
            (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
            ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
            ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
            ("../../g", "http://a/g"), ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"),
            ("/./g", "http://a/g"), ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"),
            ("g..", "http://a/b/c/g.."), ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"),
            ("./g/.", "http://a/b/c/g/"), ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"),
            ("g;x=1/./y", "http://a/b/c/g;x=1/y"), ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"),
            ("g#s/../x", "http://a/b/c/g#s/../x"), ("http:g", "http:g"),
        ]
        for (ref, want) in cases {
            guard let r = parsed(ref) else { continue }
            XCTAssertEqual(s(base.resolve(r).string), want, ref)
        }
    }

    func testJoinPathAndClean() throws {
        XCTAssertEqual(s(GoPath.clean(b(""))), ".")
        XCTAssertEqual(s(GoPath.clean(b("a/../../b"))), "../b")
        XCTAssertEqual(s(GoPath.clean(b("/../a//b/./c/"))), "/a/b/c")
        XCTAssertEqual(s(GoPath.join([b(""), b("")])), "")
        let base = try XCTUnwrap(parsed("https://host/a/b?x=1"))
        XCTAssertEqual(s(try base.joiningPath([b("c"), b("../d/")]).string), "https://host/a/b/d/?x=1")
        XCTAssertEqual(s(try base.joiningPath([b("../../..")]).string), "https://host/?x=1")
        var relative = GoURL()
        relative.path = b("x")
        XCTAssertEqual(s(try relative.joiningPath([b(".."), b(".."), b("y")]).string), "y")
    }

    func testHostnamePortAndRedaction() throws {
        let cases: [(String, String, String)] = [
            ("http://example.com:8080/", "example.com", "8080"), ("http://[::1]:443", "::1", "443"),
            ("http://[::1]", "::1", ""), ("http://host:/", "host", ""), ("http://host", "host", ""),
        ]
        for (raw, host, port) in cases {
            let u = try XCTUnwrap(parsed(raw))
            XCTAssertEqual(s(u.hostname), host, raw)
            XCTAssertEqual(s(u.port), port, raw)
        }
        XCTAssertEqual(s(try XCTUnwrap(parsed("http://u:p@h/")).redacted), "http://u:xxxxx@h/")
        XCTAssertEqual(s(try XCTUnwrap(parsed("http://u@h/")).redacted), "http://u@h/")
    }

    func testQueryParsingAndEncoding() {
        let (pairs, error) = GoURLQuery.parse(b("a=1&b=%20x&a=2&&c&d=+"))
        XCTAssertNil(error)
        XCTAssertEqual(pairs.map { s($0.key) + "=" + s($0.value) }, ["a=1", "b= x", "a=2", "c=", "d= "])
        let bad = GoURLQuery.parse(b("x=%zz&y=1&z=%"))
        XCTAssertEqual(bad.error, .escape(b("%zz")))
        XCTAssertEqual(bad.pairs.map { s($0.key) }, ["y"])
        XCTAssertEqual(GoURLQuery.parse(b("a=1;b=2")).error?.description, "invalid semicolon separator in query")
        let encoded = GoURLQuery.encode([(b("q"), [b("a b"), b("&")]), (b("B"), [b("")]), (b("a"), [b("é")])])
        XCTAssertEqual(s(encoded), "B=&a=%C3%A9&q=a+b&q=%26")
    }
}
