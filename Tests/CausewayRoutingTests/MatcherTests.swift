import XCTest
@testable import CausewayRouting

/// (rule, request, expected) tables for every v3 matcher.
final class MatcherTests: XCTestCase {
    private struct Case {
        let rule: String
        let request: RoutingRequest
        let expected: Bool
        let line: UInt
        init(_ rule: String, _ request: RoutingRequest, _ expected: Bool, line: UInt = #line) {
            self.rule = rule
            self.request = request
            self.expected = expected
            self.line = line
        }
    }

    private func check(_ cases: [Case]) {
        for testCase in cases {
            guard let rule = compile(testCase.rule, line: testCase.line) else { continue }
            XCTAssertEqual(
                rule.matches(testCase.request), testCase.expected,
                "\(testCase.rule) against \(testCase.request.method) \(testCase.request.host) \(testCase.request.path)?\(testCase.request.rawQuery)",
                line: testCase.line)
        }
    }

    func testHost() {
        check([
            Case("Host(`example.com`)", makeRequest(host: "example.com"), true),
            Case("Host(`example.com`)", makeRequest(host: "EXAMPLE.com"), true),
            Case("Host(`EXAMPLE.COM`)", makeRequest(host: "example.com"), true),
            Case("Host(`example.com`)", makeRequest(host: "example.com:8080"), true),
            Case("Host(`example.com`)", makeRequest(host: " example.com "), true),
            Case("Host(`example.com`)", makeRequest(host: "example.com."), true),
            Case("Host(`example.com.`)", makeRequest(host: "example.com"), true),
            Case("Host(`example.com`)", makeRequest(host: "example.org"), false),
            Case("Host(`example.com`)", makeRequest(host: "www.example.com"), false),
            Case("Host(`example.com`)", makeRequest(host: nil), false),
            Case("Host(`example.com`)", makeRequest(host: ""), false),
            Case("Host(`::1`)", makeRequest(host: "[::1]:8443"), true),
            Case("Host(`::1`)", makeRequest(host: "[::1]"), true),
            Case("Host(`10.0.0.1`)", makeRequest(host: "10.0.0.1:80"), true),
            Case("Host(`*`)", makeRequest(host: "anything.example"), true),
            Case("Host(`*`)", makeRequest(host: nil), true),
            Case("Host(`*.example.com`)", makeRequest(host: "a.example.com"), true),
            Case("Host(`*.example.com`)", makeRequest(host: "A.Example.COM:443"), true),
            Case("Host(`*.example.com`)", makeRequest(host: "a.example.com."), true),
            Case("Host(`*.example.com`)", makeRequest(host: "a.b.example.com"), false),
            Case("Host(`*.example.com`)", makeRequest(host: "example.com"), false),
            Case("Host(`*.example.com`)", makeRequest(host: ".example.com"), false),
            Case("Host(`*.example.com`)", makeRequest(host: "aexample.com"), false),
        ])
    }

    func testPathAndPathPrefix() {
        check([
            Case("Path(`/products`)", makeRequest(target: "/products"), true),
            Case("Path(`/products`)", makeRequest(target: "/products?x=1"), true),
            Case("Path(`/products`)", makeRequest(target: "/products/"), false),
            Case("Path(`/products`)", makeRequest(target: "/Products"), false),
            Case("PathPrefix(`/products`)", makeRequest(target: "/products"), true),
            Case("PathPrefix(`/products`)", makeRequest(target: "/products/12"), true),
            Case("PathPrefix(`/products`)", makeRequest(target: "/products-for-sale"), true),
            Case("PathPrefix(`/products`)", makeRequest(target: "/product"), false),
            Case("PathPrefix(`/`)", makeRequest(target: "/anything"), true),
            // Routing path: encoded unreserved characters are decoded, reserved ones are not.
            Case("PathPrefix(`/foo bar`)", makeRequest(target: "/foo%20bar"), true),
            Case("Path(`/foo bar`)", makeRequest(target: "/foo%20bar"), true),
            Case("PathPrefix(`/foo/bar`)", makeRequest(target: "/foo%2Fbar"), false),
            Case("PathPrefix(`/foo%2Fbar`)", makeRequest(target: "/foo%2Fbar"), true),
            Case("PathPrefix(`/foo/bar`)", makeRequest(target: "/foo%2fbar"), false),
            Case("Path(`/a~b`)", makeRequest(target: "/a%7Eb"), true),
            Case("Path(`/caf\u{E9}`)", makeRequest(target: "/caf%C3%A9"), true),
            Case("Path(`/100%25`)", makeRequest(target: "/100%25"), true),
            Case("Path(`/100%`)", makeRequest(target: "/100%25"), false),
            Case("Path(`/products`)", makeRequest(target: "http://example.com/products?a=b"), true),
        ])
    }

    func testMethod() {
        check([
            Case("Method(`GET`)", makeRequest(method: "GET"), true),
            Case("Method(`get`)", makeRequest(method: "GET"), true),
            Case("Method(`GET`)", makeRequest(method: "POST"), false),
            Case("Method(`POST`)", makeRequest(method: "post"), false),
        ])
    }

    func testHeader() {
        let json = [("Content-Type", "application/json")]
        check([
            Case("Header(`Content-Type`, `application/json`)", makeRequest(headers: json), true),
            Case("Header(`content-type`, `application/json`)", makeRequest(headers: json), true),
            Case("Header(`Content-Type`, `application/json`)", makeRequest(headers: [("content-type", "application/json")]), true),
            Case("Header(`Content-Type`, `Application/json`)", makeRequest(headers: json), false),
            Case("Header(`Content-Type`, `application/json`)", makeRequest(headers: []), false),
            Case("Header(`X-Tag`, `b`)", makeRequest(headers: [("X-Tag", "a"), ("X-Tag", "b")]), true),
            Case("Header(`X-Tag`, `b`)", makeRequest(headers: [("X-Tag", "a, b")]), false),
            Case("Header(`X-Tag`, `a, b`)", makeRequest(headers: [("X-Tag", "a, b")]), true),
            Case("Header(`X-Other`, `a`)", makeRequest(headers: [("X-Tag", "a")]), false),
        ])
    }

    func testQuery() {
        check([
            Case("Query(`mobile`, `true`)", makeRequest(target: "/?mobile=true"), true),
            Case("Query(`mobile`, `true`)", makeRequest(target: "/?a=1&mobile=true&b"), true),
            Case("Query(`mobile`, `true`)", makeRequest(target: "/?mobile=false"), false),
            Case("Query(`mobile`, `true`)", makeRequest(target: "/?mobile=false&mobile=true"), true),
            Case("Query(`mobile`, `true`)", makeRequest(target: "/"), false),
            Case("Query(`mobile`, `true`)", makeRequest(target: "/?Mobile=true"), false),
            Case("Query(`mobile`)", makeRequest(target: "/?mobile"), true),
            Case("Query(`mobile`)", makeRequest(target: "/?mobile="), true),
            Case("Query(`mobile`)", makeRequest(target: "/?mobile=1"), false),
            Case("Query(`mobile`)", makeRequest(target: "/?other"), false),
            Case("Query(`a b`, `c d`)", makeRequest(target: "/?a+b=c%20d"), true),
            Case("Query(`k`, `v`)", makeRequest(target: "/?k=v;x=y"), false),  // Go drops pairs with ';'
            Case("Query(`k`, `v`)", makeRequest(target: "/?x=%zz&k=v"), true),  // bad pair skipped only
            Case("Query(`k`, `v`)", makeRequest(target: "/?k=%zz"), false),
            Case("Query(`k`, `v=w`)", makeRequest(target: "/?k=v=w"), true),
            Case("QueryRegexp(`mobile`)", makeRequest(target: "/?mobile"), true),
        ])
    }

    func testClientIP() {
        check([
            Case("ClientIP(`10.0.0.1`)", makeRequest(peer: "10.0.0.1"), true),
            Case("ClientIP(`10.0.0.1`)", makeRequest(peer: "10.0.0.2"), false),
            Case("ClientIP(`10.0.0.0/8`)", makeRequest(peer: "10.200.3.4"), true),
            Case("ClientIP(`10.0.0.0/8`)", makeRequest(peer: "11.0.0.1"), false),
            Case("ClientIP(`10.1.2.3/8`)", makeRequest(peer: "10.200.3.4"), true),
            Case("ClientIP(`10.0.0.0/8`)", makeRequest(peer: "::ffff:10.1.1.1"), true),
            Case("ClientIP(`::ffff:10.0.0.1`)", makeRequest(peer: "10.0.0.1"), true),
            Case("ClientIP(`::/0`)", makeRequest(peer: "10.0.0.1"), false),
            Case("ClientIP(`::/0`)", makeRequest(peer: "2001:db8::1"), true),
            Case("ClientIP(`0.0.0.0/0`)", makeRequest(peer: "2001:db8::1"), false),
            Case("ClientIP(`2001:db8::/32`)", makeRequest(peer: "2001:db8:ffff::1"), true),
            Case("ClientIP(`2001:db8::/32`)", makeRequest(peer: "2001:db9::1"), false),
            Case("ClientIP(`2001:DB8::1`)", makeRequest(peer: "2001:db8:0:0:0:0:0:1"), true),
            Case("ClientIP(`::ffff:0:0/96`)", makeRequest(peer: "192.168.1.1"), true),
            Case("ClientIP(`10.0.0.1`)", makeRequest(peer: nil), false),
        ])
    }

    func testOperatorsAndPrecedence() {
        let request = makeRequest(method: "GET", host: "example.com", target: "/api/users")
        check([
            Case("Host(`example.com`) && PathPrefix(`/api`)", request, true),
            Case("Host(`example.com`) && PathPrefix(`/web`)", request, false),
            Case("Host(`other.com`) || PathPrefix(`/api`)", request, true),
            Case("Host(`other.com`) || PathPrefix(`/web`)", request, false),
            Case("!Host(`other.com`)", request, true),
            Case("!Host(`example.com`)", request, false),
            Case("!!Host(`example.com`)", request, true),
            // && binds tighter than ||: true || (false && false) = true.
            Case("Method(`GET`) || Host(`x.com`) && Path(`/nope`)", request, true),
            // Parentheses change it: (true || false) && false = false.
            Case("(Method(`GET`) || Host(`x.com`)) && Path(`/nope`)", request, false),
            // ! binds tighter than &&: (!false) && true.
            Case("!Host(`x.com`) && PathPrefix(`/api`)", request, true),
            Case("!(Host(`example.com`) && PathPrefix(`/api`))", request, false),
            Case("!(Host(`x.com`) || Path(`/nope`))", request, true),
            Case("((Host(`example.com`)))", request, true),
            Case("Host(`x.com`) || Host(`y.com`) || Host(`example.com`)", request, true),
            Case("Host(\"example.com\") && PathPrefix(\"/api\")", request, true),
            Case("host(`example.com`) && PATHPREFIX(`/api`) && Method(`GET`,)", request, true),
        ])
    }

    func testEscapedArguments() {
        check([
            Case("Header(`X-A`, \"tab\\there\")", makeRequest(headers: [("X-A", "tab\there")]), true),
            Case("Header(`X-A`, \"\\x41\\102\\u0043\")", makeRequest(headers: [("X-A", "ABC")]), true),
            Case("Header(`X-A`, `\\t`)", makeRequest(headers: [("X-A", "\\t")]), true),
        ])
    }
}
