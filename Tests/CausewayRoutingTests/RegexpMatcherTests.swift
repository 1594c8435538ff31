import XCTest
@testable import CausewayRouting

final class RegexpMatcherTests: XCTestCase {
    private func assertMatches(_ rule: String, _ request: RoutingRequest, _ expected: Bool, line: UInt = #line) {
        guard let compiled = compile(rule, line: line) else { return }
        XCTAssertEqual(compiled.matches(request), expected, "\(rule) vs \(request.host)\(request.path)?\(request.rawQuery)", line: line)
    }

    func testHostRegexp() {
        let rule = #"HostRegexp(`^[a-z]+\.example\.com$`)"#
        assertMatches(rule, makeRequest(host: "api.example.com"), true)
        assertMatches(rule, makeRequest(host: "API.Example.com:443"), true)  // matched on the lower-cased host
        assertMatches(rule, makeRequest(host: "a1.example.com"), false)
        assertMatches(rule, makeRequest(host: "x.api.example.com"), false)
        // Unanchored unless anchors are written.
        assertMatches(#"HostRegexp(`example\.com`)"#, makeRequest(host: "www.example.com.evil.org"), true)
        assertMatches(#"HostRegexp(`example\.com`)"#, makeRequest(host: "example.org"), false)
        // Traefik also tests the (empty, without CNAME flattening) flattened host, so a regexp
        // that matches the empty string matches every request.
        assertMatches("HostRegexp(`^$`)", makeRequest(host: "a.com"), true)
        assertMatches("HostRegexp(`^[a-z]*$`)", makeRequest(host: "1.2.3.4"), true)
        assertMatches("HostRegexp(`^[a-z]+$`)", makeRequest(host: "1.2.3.4"), false)
        assertMatches("hostregexp(`^a`) && HOSTREGEXP(`m$`) && Hostregexp(`o`)", makeRequest(host: "a.com"), true)
    }

    func testPathRegexp() {
        let rule = "PathRegexp(`^/products/[0-9]+$`)"
        assertMatches(rule, makeRequest(target: "/products/42"), true)
        assertMatches(rule, makeRequest(target: "/products/42?x=y"), true)
        assertMatches(rule, makeRequest(target: "/products/42/reviews"), false)
        assertMatches("PathRegexp(`[0-9]+`)", makeRequest(target: "/a/7/b"), true)
        assertMatches("PathRegexp(`^/foo bar$`)", makeRequest(target: "/foo%20bar"), true)
        assertMatches("PathRegexp(`^/foo/bar$`)", makeRequest(target: "/foo%2Fbar"), false)
        assertMatches("PathRegexp(`^/foo%2Fbar$`)", makeRequest(target: "/foo%2Fbar"), true)
        assertMatches("PathRegexp(`^/caf\u{E9}$`)", makeRequest(target: "/caf%C3%A9"), true)
        assertMatches("pathregexp(`^/a`)", makeRequest(target: "/abc"), true)
    }

    func testHeaderRegexp() {
        let rule = "HeaderRegexp(`Content-Type`, `^application/(json|yaml)$`)"
        assertMatches(rule, makeRequest(headers: [("content-type", "application/yaml")]), true)
        assertMatches(rule, makeRequest(headers: [("Content-Type", "application/xml")]), false)
        assertMatches(rule, makeRequest(headers: [("Content-Type", "text/plain"), ("Content-Type", "application/json")]), true)
        assertMatches(rule, makeRequest(headers: []), false)
        assertMatches("HeaderRegexp(`x-id`, `[0-9]`)", makeRequest(headers: [("X-Id", "abc9")]), true)
    }

    func testQueryRegexp() {
        let rule = "QueryRegexp(`mobile`, `^(true|yes)$`)"
        assertMatches(rule, makeRequest(target: "/?mobile=yes"), true)
        assertMatches(rule, makeRequest(target: "/?mobile=no&mobile=true"), true)
        assertMatches(rule, makeRequest(target: "/?mobile=yess"), false)
        assertMatches(rule, makeRequest(target: "/?other=yes"), false)
        assertMatches("QueryRegexp(`q`, `^$`)", makeRequest(target: "/?q"), true)
        assertMatches("QueryRegexp(`q`, `^a b$`)", makeRequest(target: "/?q=a+b"), true)
    }

    func testRegexpCompileErrors() {
        let cases: [(String, Int, String)] = [
            ("HostRegexp(`(a`)", 1, "compiling HostRegexp matcher: error parsing regexp: missing closing ): `(a`"),
            ("Path(`/`) && PathRegexp(`[z-a]`)", 14, "compiling PathRegexp matcher: error parsing regexp: invalid character class range: `z-a`"),
            ("HeaderRegexp(`X`, `a**`)", 1, "compiling HeaderRegexp matcher: error parsing regexp: invalid nested repetition operator: `**`"),
            ("QueryRegexp(`q`, `\\8`)", 1, "compiling QueryRegexp matcher: error parsing regexp: invalid escape sequence: `\\8`"),
            ("HostRegexp(`\u{E9}`)", 1, "invalid value \"\u{E9}\" for HostRegexp matcher, non-ASCII characters are not allowed"),
        ]
        for (rule, column, message) in cases {
            XCTAssertThrowsError(try Rule(rule), rule) { error in
                XCTAssertEqual((error as? RuleError)?.message, message, rule)
                XCTAssertEqual((error as? RuleError)?.column, column, rule)
            }
        }
    }

    func testRegexpRulesInTheTableFallBackToTheUnconstrainedList() {
        let (table, failures) = RouterTable<String>.compile([
            (name: "regexp", rule: #"HostRegexp(`^[a-z]+\.example\.com$`) && PathRegexp(`^/v[0-9]/`)"#, priority: nil, payload: "regexp"),
            (name: "host", rule: "Host(`api.example.com`)", priority: nil, payload: "host"),
        ])
        XCTAssertTrue(failures.isEmpty)
        XCTAssertNil(table.routes[0].rule.requirements.hosts)
        XCTAssertEqual(table.firstMatch(makeRequest(host: "api.example.com", target: "/v2/x"))?.name, "regexp")
        XCTAssertEqual(table.firstMatch(makeRequest(host: "api.example.com", target: "/web"))?.name, "host")
    }
}
