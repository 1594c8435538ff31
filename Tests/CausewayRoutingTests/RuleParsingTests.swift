import XCTest
@testable import CausewayRouting

final class RuleParsingTests: XCTestCase {
    func testEveryMatcherAcceptsFourSpellings() throws {
        for matcher in MatcherName.allCases {
            let canonical = matcher.rawValue
            let lower = canonical.lowercased()
            let spellings = [canonical, lower, canonical.uppercased(), lower.prefix(1).uppercased() + lower.dropFirst()]
            for spelling in spellings {
                XCTAssertEqual(MatcherName(spelling: spelling), matcher, spelling)
                let expression = try RuleParser.parse("\(spelling)(`a`)")
                XCTAssertEqual(expression, .call(matcher, arguments: ["a"], column: 1), spelling)
            }
        }
    }

    func testMixedSpellingsAreUnknown() {
        for spelling in ["pathPrefix", "hostRegexp", "clientIp", "ClientIp", "hOST", "PathprefiX", "Headers", "HostHeader", "HeadersRegexp", "HostSNI", "Foo"] {
            XCTAssertNil(MatcherName(spelling: spelling), spelling)
            assertRuleError("\(spelling)(`/a`)", column: 1, "unsupported function: \(spelling)")
        }
    }

    func testPrecedenceShapesTheTree() throws {
        let a = RuleExpression.call(.host, arguments: ["a"], column: 1)
        let parsed = try RuleParser.parse("Host(`a`) || Path(`/b`) && !Method(`C`)")
        guard case .or(let left, .and(.call(.path, ["/b"], 14), .not(.call(.method, ["C"], 29)))) = parsed else {
            return XCTFail("unexpected tree \(parsed)")
        }
        XCTAssertEqual(left, a)
        // Left associativity: a || b || c is (a || b) || c.
        guard case .or(.or, .call(.host, _, _)) = try RuleParser.parse("Host(`a`) || Host(`b`) || Host(`c`)") else {
            return XCTFail("|| should associate to the left")
        }
        guard case .and(.or, .call) = try RuleParser.parse("(Host(`a`) || Host(`b`)) && Path(`/`)") else {
            return XCTFail("parentheses should group the ||")
        }
    }

    func testStringLiterals() throws {
        let cases: [(String, String)] = [
            ("Host(`a\\tb`)", "a\\tb"),
            ("Host(\"a\\tb\")", "a\tb"),
            ("Host(\"\\\"q\\\"\")", "\"q\""),
            ("Host(\"\\u00e9\")", "\u{E9}"),
            ("Host(\"\\U0001F600\")", "\u{1F600}"),
            ("Host(\"\\303\\251\")", "\u{E9}"),
            ("Host(\"\\xc3\\xa9\")", "\u{E9}"),
            ("Host(`a\r\nb`)", "a\nb"),
        ]
        for (rule, expected) in cases {
            XCTAssertEqual(try RuleParser.parse(rule), .call(.host, arguments: [expected], column: 1), rule)
        }
    }

    func testValidationErrorsWithColumns() {
        assertRuleError("Host()", column: 1, "no args for matcher Host")
        assertRuleError("Path(`/a`) && Host()", column: 15, "no args for matcher Host")
        assertRuleError("Path(`/\u{E9}`) && Host()", column: 16, "no args for matcher Host")
        assertRuleError("Host(``)", column: 1, "empty args for matcher Host, []")
        assertRuleError("Header(`X`, ``)", column: 1, "empty args for matcher Header, [X ]")
        assertRuleError("Host(`a`, `b`)", column: 1, "unexpected number of parameters; got 2, expected one of [1]")
        assertRuleError("Header(`X`)", column: 1, "unexpected number of parameters; got 1, expected one of [2]")
        assertRuleError("Query(`a`, `b`, `c`)", column: 1, "unexpected number of parameters; got 3, expected one of [1 2]")
        assertRuleError("Method(`GET`) && Path(`x`)", column: 18, "path \"x\" does not start with a '/'")
        assertRuleError("PathPrefix(`api`)", column: 1, "path \"api\" does not start with a '/'")
        assertRuleError("Host(`ex\u{E4}mple.com`)", column: 1,
                        "invalid value \"ex\u{E4}mple.com\" for Host matcher, non-ASCII characters are not allowed")
        assertRuleError("ClientIP(`foo`)", column: 1,
                        "initializing IP checker for ClientIP matcher: parsing CIDR trusted IPs <nil>: invalid CIDR address: foo")
        assertRuleError("ClientIP(`10.0.0.0/33`)", column: 1,
                        "initializing IP checker for ClientIP matcher: parsing CIDR trusted IPs <nil>: invalid CIDR address: 10.0.0.0/33")
        assertRuleError("ClientIP(`010.0.0.1`)", column: 1,
                        "initializing IP checker for ClientIP matcher: parsing CIDR trusted IPs <nil>: invalid CIDR address: 010.0.0.1")
        // Syntax and unknown-name errors come before any argument validation, as in Traefik.
        assertRuleError("Host() && Foo(`a`)", column: 11, "unsupported function: Foo")
    }

    func testSyntaxErrorsWithColumns() {
        assertRuleError("Host('a.com')", column: 6,
                        "illegal rune literal: single quotes are not accepted, use backquotes or double quotes")
        assertRuleError("Host(`a`) & Path(`/`)", column: 11, "unsupported operator: &")
        assertRuleError("Host(`a`) | Path(`/`)", column: 11, "unsupported operator: |")
        assertRuleError("Host(`a`", column: 9, "expected ')', found EOF")
        assertRuleError("Host(`a`) Path(`/`)", column: 11, "expected 'EOF', found Path")
        assertRuleError("", column: 1, "expected operand, found EOF")
        assertRuleError("Host(`a`) &&", column: 13, "expected operand, found EOF")
        assertRuleError("(Host(`a`)", column: 11, "expected ')', found EOF")
        assertRuleError("Host(`a)", column: 6, "raw string literal not terminated")
        assertRuleError("Host(\"a)", column: 6, "string literal not terminated")
        assertRuleError("Host(\"\\q\")", column: 7, "unknown escape sequence")
        assertRuleError("Host(\"\\uD800\")", column: 7, "escape sequence is invalid Unicode code point")
        assertRuleError("Host(a)", column: 6, "matcher arguments must be string literals, found a")
        assertRuleError("Host", column: 5, "expected '(' after Host, found EOF")
        assertRuleError("Host(`a`) @", column: 11, "illegal character U+0040 '@'")
        assertRuleError("Host(1)", column: 6, "number literals are not accepted, matcher arguments must be string literals")
        assertRuleError("Host(`a` `b`)", column: 10, "expected ')' or ',', found string literal")
        assertRuleError("`a`", column: 1, "expected a matcher call, found string literal")
        assertRuleError("Host(`a`) != Host(`b`)", column: 11, "unsupported operator: !=")
    }

    func testErrorDescription() {
        XCTAssertThrowsError(try Rule("Host()")) { error in
            let ruleError = error as? RuleError
            XCTAssertEqual(ruleError?.rule, "Host()")
            XCTAssertEqual(ruleError?.description, "error while parsing rule Host(): no args for matcher Host (column 1)")
        }
    }

    func testDefaultPriorityIsByteLength() throws {
        XCTAssertEqual(try Rule("Host(`a`)").defaultPriority, 9)
        XCTAssertEqual(try Rule("Host(`a`)  &&  Path(`/`)").defaultPriority, 24)
        XCTAssertEqual(try Rule("Path(`/\u{E9}`)").defaultPriority, 11)
    }

    private func assertRuleError(_ rule: String, column: Int, _ message: String, line: UInt = #line) {
        XCTAssertThrowsError(try Rule(rule), rule, line: line) { error in
            guard let ruleError = error as? RuleError else { return XCTFail("not a RuleError: \(error)", line: line) }
            XCTAssertEqual(ruleError.message, message, rule, line: line)
            XCTAssertEqual(ruleError.column, column, rule, line: line)
        }
    }
}
