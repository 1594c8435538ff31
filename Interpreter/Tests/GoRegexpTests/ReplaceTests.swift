import XCTest
@testable import GoRegexp

/// ReplaceAll with Go's template expansion, literal and closure replacement, Expand.
final class ReplaceTests: XCTestCase {
    func testTemplateExpansion() throws {
        let r = try Regexp("a(x*)b")
        let cases: [(String, String)] = [
            ("T", "-T-T-"),
            ("$1", "--xx-"),
            ("$1W", "---"),        // refers to a group named "1W", which does not exist
            ("${1}W", "-W-xxW-"),
            ("$$1", "-$1-$1-"),
            ("$", "-$-$-"),
            ("${1", "-${1-${1-"),  // malformed reference: the dollar is kept
            ("$2", "---"),         // no such group: empty
            ("$0", "-ab-axxb-"),
            ("${0}$1", "-ab-axxbxx-"),
            ("$01", "---"),        // leading zero makes it a name
            ("$!", "-$!-$!-"),
        ]
        for (template, expected) in cases {
            XCTAssertEqual(r.replaceAll(in: "-ab-axxb-", with: template), expected, "template \(template)")
        }
    }

    func testNamedGroups() throws {
        let r = try Regexp("(?P<first>\\w+)\\s(?P<last>\\w+)")
        XCTAssertEqual(r.replaceAll(in: "Alan Turing", with: "${last} ${first}"), "Turing Alan")
        XCTAssertEqual(r.replaceAll(in: "Alan Turing", with: "$last, $first"), "Turing, Alan")
        XCTAssertEqual(r.replaceAll(in: "Alan Turing", with: "$last_x"), "")
        // The first group with the name that took part in the match is used.
        let dup = try Regexp("(?P<v>a)|(?P<v>b)")
        XCTAssertEqual(dup.replaceAll(in: "ab", with: "[$v]"), "[a][b]")
    }

    func testEmptyMatchReplacement() throws {
        XCTAssertEqual(try Regexp("a*").replaceAll(in: "baaac", with: "X"), "XbXcX")
        XCTAssertEqual(try Regexp("").replaceAll(in: "abc", with: "-"), "-a-b-c-")
        XCTAssertEqual(try Regexp("x*").replaceAll(in: "", with: "E"), "E")
        XCTAssertEqual(try Regexp("b*").replaceAll(in: "abc", with: "X"), "XaXcX")
        XCTAssertEqual(try Regexp("").replaceAll(in: "é", with: "-"), "-é-")
    }

    func testLiteralAndClosure() throws {
        let r = try Regexp("a(x*)b")
        XCTAssertEqual(r.replaceAllLiteral(in: "-ab-axxb-", with: "$1"), "-$1-$1-")
        XCTAssertEqual(r.replaceAllLiteral(in: "-ab-axxb-", with: "T"), "-T-T-")
        XCTAssertEqual(try Regexp("[aeiou]").replaceAll(in: "seafood", using: { $0.uppercased() }), "sEAfOOd")
        var seen: [String] = []
        _ = try Regexp("\\d+").replaceAll(in: "a1b22", using: { seen.append($0); return "" })
        XCTAssertEqual(seen, ["1", "22"])
        XCTAssertEqual(try Regexp("é").replaceAll(in: "café", with: "e"), "cafe")
    }

    func testByteVariants() throws {
        let r = try Regexp("a(x*)b")
        let src = Array("-ab-axxb-".utf8)
        XCTAssertEqual(r.replaceAll(in: src, with: Array("${1}W".utf8)), Array("-W-xxW-".utf8))
        XCTAssertEqual(r.replaceAllLiteral(in: src, with: Array("$1".utf8)), Array("-$1-$1-".utf8))
        XCTAssertEqual(r.replaceAll(in: src, using: { _ in [0x2A] }), Array("-*-*-".utf8))
        // Bytes that are not UTF-8 pass through untouched.
        XCTAssertEqual(try Regexp("b").replaceAll(in: [0xFF, 0x62, 0xFE], with: Array("c".utf8)), [0xFF, 0x63, 0xFE])
    }

    func testExpand() throws {
        let r = try Regexp("(?P<key>\\w+):\\s+(?P<value>\\w+)")
        let source = "option1: value1"
        let m = try XCTUnwrap(r.firstMatchIndices(in: source))
        XCTAssertEqual(r.expand(template: "$key=$value;", source: source, match: m), "option1=value1;")
        XCTAssertEqual(r.expand(template: "${2}-${1}", source: source, match: m), "value1-option1")
        let bytes = Array(source.utf8)
        XCTAssertEqual(r.expand(template: Array("$1".utf8), source: bytes, match: m), Array("option1".utf8))
    }

    func testReplaceMatchesGivesOffsetsAndFollowsEmptyMatchRule() throws {
        let r = try Regexp("a(x*)")
        var seen: [[Int]] = []
        let out = r.replaceMatches(in: Array("-ax-a-".utf8), submatches: true) { out, m in
            seen.append(m)
            out.append(contentsOf: "<\(m[3] - m[2])>".utf8)
        }
        XCTAssertEqual(String(decoding: out, as: UTF8.self), "-<1>-<0>-")
        XCTAssertEqual(seen, [[1, 3, 2, 3], [4, 5, 5, 5]])

        // Only the whole match is tracked without submatches; the empty match right after
        // "aaa" is not replaced.
        let star = try Regexp("a*")
        var ranges: [[Int]] = []
        let replaced = star.replaceMatches(in: Array("baaac".utf8), submatches: false) { out, m in
            ranges.append(m)
            out.append(UInt8(ascii: "X"))
        }
        XCTAssertEqual(String(decoding: replaced, as: UTF8.self), "XbXcX")
        XCTAssertEqual(ranges, [[0, 0], [1, 4], [5, 5]])
    }
}
