import XCTest
@testable import GoRegexp

/// Which patterns compile, and the exact Go error text for those that do not.
final class SyntaxTests: XCTestCase {
    func testAcceptedSyntax() {
        let accepted = [
            "", "a", "abc", ".", "a|b", "a|", "|", "()", "(?:)", "(a)(b)", "a*", "a+", "a?", "a*?", "a+?",
            "a??", "a{2}", "a{2,}", "a{2,5}", "a{2}?", "a{0}", "a{1000}", "a{,5}", "a{", "a{1", "a{a}", "{",
            "[abc]", "[a-z]", "[^a-z]", "[]a]", "[^]a]", "[a-]", "[-a]", "[a-b-c]", "[[:alpha:]]",
            "[[:^alpha:]]", "[[:word:][:digit:]]", "[\\d\\s]", "[\\pL]", "[\\p{Greek}\\d]",
            "\\d", "\\D", "\\s", "\\S", "\\w", "\\W", "\\pL", "\\PL", "\\p{Lu}", "\\p{^Lu}", "\\P{^Lu}",
            "\\p{Greek}", "\\p{Han}", "\\p{Cyrillic}", "\\p{Latin}", "\\p{Any}", "\\pN",
            "\\x7F", "\\x{10FFFF}", "\\x{0}", "\\123", "\\0", "\\07", "\\a\\f\\t\\n\\r\\v", "\\Q.*+\\E",
            "\\Qabc", "\\.", "\\_", "\\-", "\\A", "\\z", "\\b", "\\B", "^", "$", "^$", "^*", "\\b+",
            "(?i)a", "(?i:a)", "(?m)^a$", "(?s).", "(?U)a*", "(?i-s:a)", "(?im-sU)a", "(?-i)a",
            "(?P<name>a)", "(?<name>a)", "(?P<a1_B>x)(?P<a1_B>y)", "((((a))))", "(a*)*", "(a|b)*c",
            "(?i)[k]", "x(?i)*", "[[:foo]", "[a-z&&[^b]]",
        ]
        for pattern in accepted {
            XCTAssertNoThrow(try Regexp(pattern), "pattern \(pattern)")
        }
    }

    func testErrorMessages() {
        let cases: [(String, String)] = [
            ("a(b", "missing closing ): `a(b`"),
            ("((((", "missing closing ): `((((`"),
            ("(a))", "unexpected ): `(a))`"),
            ("a)", "unexpected ): `a)`"),
            (")", "unexpected ): `)`"),
            ("\\q", "invalid escape sequence: `\\q`"),
            ("\\8", "invalid escape sequence: `\\8`"),
            ("\\1", "invalid escape sequence: `\\1`"),
            ("\\C", "invalid escape sequence: `\\C`"),
            ("\\Z", "invalid escape sequence: `\\Z`"),
            ("\\x{110000}", "invalid escape sequence: `\\x{110000`"),
            ("\\x{}", "invalid escape sequence: `\\x{}`"),
            ("\\xZ1", "invalid escape sequence: `\\xZ1`"),
            ("\\x{12", "invalid escape sequence: `\\x{12`"),
            ("[\\b]", "invalid escape sequence: `\\b`"),
            ("[a-\\d]", "invalid escape sequence: `\\d`"),
            ("a\\", "trailing backslash at end of expression: ``"),
            ("*", "missing argument to repetition operator: `*`"),
            ("+a", "missing argument to repetition operator: `+`"),
            ("a|*", "missing argument to repetition operator: `*`"),
            ("(*)", "missing argument to repetition operator: `*`"),
            ("*?", "missing argument to repetition operator: `*?`"),
            ("{2}", "missing argument to repetition operator: `{2}`"),
            ("(?i)*", "missing argument to repetition operator: `*`"),
            ("a**", "invalid nested repetition operator: `**`"),
            ("a+*", "invalid nested repetition operator: `+*`"),
            ("a*?*", "invalid nested repetition operator: `*?*`"),
            ("a??+", "invalid nested repetition operator: `??+`"),
            ("a{2}{3}", "invalid nested repetition operator: `{2}{3}`"),
            ("[z-a]", "invalid character class range: `z-a`"),
            ("[a-cz-b]", "invalid character class range: `z-b`"),
            ("[[:foo:]]", "invalid character class range: `[:foo:]`"),
            ("\\p{Foo}", "invalid character class range: `\\p{Foo}`"),
            ("\\pX", "invalid character class range: `\\pX`"),
            ("\\p{L", "invalid character class range: `\\p{L`"),
            ("[\\p{Nope}]", "invalid character class range: `\\p{Nope}`"),
            ("a{1001}", "invalid repeat count: `{1001}`"),
            ("a{1,1001}", "invalid repeat count: `{1,1001}`"),
            ("a{2,1}", "invalid repeat count: `{2,1}`"),
            ("a{100000000000}", "invalid repeat count: `{100000000000}`"),
            ("(a{2}){501}", "invalid repeat count: `{501}`"),
            ("((a{10}){10}){11}", "invalid repeat count: `{11}`"),
            ("(?P<n-x>a)", "invalid named capture: `(?P<n-x>`"),
            ("(?P<>a)", "invalid named capture: `(?P<>`"),
            ("(?<>a)", "invalid named capture: `(?<>`"),
            ("(?P<name", "invalid named capture: `(?P<name`"),
            ("(?<na me>a)", "invalid named capture: `(?<na me>`"),
            ("[a", "missing closing ]: `[a`"),
            ("x[]", "missing closing ]: `[]`"),
            ("[^]", "missing closing ]: `[^]`"),
            ("[a-", "missing closing ]: `[a-`"),
            ("(?z)", "invalid or unsupported Perl syntax: `(?z`"),
            ("(?=a)", "invalid or unsupported Perl syntax: `(?=`"),
            ("(?!a)", "invalid or unsupported Perl syntax: `(?!`"),
            ("(?i", "invalid or unsupported Perl syntax: `(?i`"),
            ("(?-)", "invalid or unsupported Perl syntax: `(?-)`"),
            ("(?i-)", "invalid or unsupported Perl syntax: `(?i-)`"),
            ("(?--i)", "invalid or unsupported Perl syntax: `(?--`"),
        ]
        for (pattern, message) in cases {
            do {
                _ = try Regexp(pattern)
                XCTFail("pattern \(pattern) compiled, expected \(message)")
            } catch {
                XCTAssertEqual(error.description, "error parsing regexp: " + message, "pattern \(pattern)")
            }
        }
    }

    func testErrorFields() {
        XCTAssertThrowsError(try Regexp("a(b")) { error in
            let e = error as? RegexpError
            XCTAssertEqual(e?.code, .missingParen)
            XCTAssertEqual(e?.expr, "a(b")
        }
    }

    func testNestingDepthLimit() {
        let deep = String(repeating: "(", count: 2000) + "a" + String(repeating: ")", count: 2000)
        XCTAssertThrowsError(try Regexp(deep)) { error in
            XCTAssertEqual((error as? RegexpError)?.code, .nestingDepth)
        }
        let fine = String(repeating: "(", count: 100) + "a" + String(repeating: ")", count: 100)
        XCTAssertTrue((try? Regexp(fine))?.matches("a") ?? false)
    }

    func testStringIsSourceText() throws {
        for pattern in ["a+b", "(?i)x|y", "\\d{2,3}", ""] {
            XCTAssertEqual(try Regexp(pattern).description, pattern)
            XCTAssertEqual(try Regexp(pattern).pattern, pattern)
        }
    }

    func testSubexpInfo() throws {
        let re = try Regexp("(?P<first>\\w+)\\s(\\w+)(?<last>x)?(?:y)")
        XCTAssertEqual(re.numSubexp, 3)
        XCTAssertEqual(re.subexpNames, ["", "first", "", "last"])
        XCTAssertEqual(re.subexpIndex("first"), 1)
        XCTAssertEqual(re.subexpIndex("last"), 3)
        XCTAssertEqual(re.subexpIndex("missing"), -1)
        XCTAssertEqual(re.subexpIndex(""), -1)
        XCTAssertEqual(try Regexp("(?P<d>a)(?P<d>b)").subexpIndex("d"), 1)
        XCTAssertEqual(try Regexp("abc").numSubexp, 0)
    }

    func testQuoteMeta() throws {
        let quoted = Regexp.quoteMeta("Escaping symbols like: .+*?()|[]{}^$")
        XCTAssertEqual(quoted, "Escaping symbols like: \\.\\+\\*\\?\\(\\)\\|\\[\\]\\{\\}\\^\\$")
        XCTAssertEqual(Regexp.quoteMeta("a\\b-é"), "a\\\\b-é")
        // A quoted string always matches itself literally.
        for text in ["1.5+2=3.5", "[x]{2}", "^$|()", "ünï"] {
            let re = try Regexp("^" + Regexp.quoteMeta(text) + "$")
            XCTAssertTrue(re.matches(text), text)
            XCTAssertEqual(re.literalPrefix.prefix, text)
        }
    }

    func testLiteralPrefix() throws {
        let cases: [(String, String, Bool)] = [
            ("abc", "abc", true),
            ("abc+", "abc", false),
            ("ab*c", "a", false),
            ("abd|abc|x", "", false),
            ("abd|abc", "ab", false),
            ("(abc)", "abc", true),
            ("abc|abd", "ab", false),
            ("(?i)abc", "", false),
            ("a.c", "a", false),
            ("", "", true),
            ("x*", "", false),
            ("^abc", "abc", false),
            ("^abc$", "abc", true),
        ]
        for (pattern, prefix, complete) in cases {
            let re = try Regexp(pattern)
            XCTAssertEqual(re.literalPrefix.prefix, prefix, pattern)
            XCTAssertEqual(re.literalPrefix.complete, complete, pattern)
        }
    }
}
