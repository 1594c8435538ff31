import XCTest
@testable import GoRegexp

/// `Regexp.posix` (Go's CompilePOSIX): egrep syntax, line anchors, leftmost-longest.
final class PosixTests: XCTestCase {
    func testLeftmostLongest() throws {
        let r = try Regexp.posix("a|ab")
        XCTAssertTrue(r.isLongest)
        XCTAssertEqual(r.firstMatch(in: "ab"), "ab")
        XCTAssertEqual(try Regexp.posix("(a+|b+)+").firstMatch(in: "xaabba"), "aabba")
        XCTAssertEqual(r.description, "a|ab")
    }

    func testSyntaxDifferences() throws {
        XCTAssertTrue(try Regexp.posix("a**").matches("aaa"))               // stacked stars are allowed
        XCTAssertEqual(try Regexp.posix("a*?").firstMatch(in: "aaa"), "aaa") // (a*)?, not lazy
        XCTAssertTrue(try Regexp.posix("^b$").matches("a\nb\nc"))           // ^ and $ are line anchors
        XCTAssertFalse(try Regexp.posix("[^a]").matches("\n"))
        XCTAssertFalse(try Regexp.posix(".").matches("\n"))
        XCTAssertTrue(try Regexp.posix("\\n").matches("\n"))
        XCTAssertTrue(try Regexp.posix("^[[:alpha:]-]+$").matches("ab-c"))
        XCTAssertTrue(try Regexp.posix("^[-a]+$").matches("-a"))
    }

    func testPerlOnlySyntaxIsRejected() {
        let cases: [(String, String)] = [
            ("\\d", "invalid escape sequence: `\\d`"),
            ("\\b", "invalid escape sequence: `\\b`"),
            ("\\pL", "invalid escape sequence: `\\p`"),
            ("[\\d]", "invalid escape sequence: `\\d`"),
            ("(?i)a", "missing argument to repetition operator: `?`"),
            ("[a-c-e]", "invalid character class range: `-e`"),
        ]
        for (pattern, message) in cases {
            XCTAssertThrowsError(try Regexp.posix(pattern), pattern) { error in
                XCTAssertEqual((error as? RegexpError)?.description, "error parsing regexp: " + message, pattern)
            }
        }
    }
}
