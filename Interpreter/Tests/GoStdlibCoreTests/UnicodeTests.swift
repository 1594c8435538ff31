import XCTest
@testable import GoStdlibCore

/// Compares every rune against tables dumped from Go 1.19 (Unicode 13.0). Characters that
/// Unicode assigned or re-categorised after 13.0 legitimately differ (Swift's runtime data is
/// newer), so the comparison covers runes whose Swift-reported age is below 14.0, and the few
/// older runes whose properties changed later are listed explicitly.
final class UnicodeTests: XCTestCase {
    /// Runes compared: the BMP, the SMP and the tag/variation-selector block (every case
    /// mapping and most categories live there; the rest is CJK ideographs and private use).
    private static let compared: [GoRune] = Array(0..<0x20000) + Array(0xE0000...0xE01EF)

    private static let comparable: [Bool] = compared.map { r in
        guard let s = Unicode.Scalar(UInt32(r)), let age = s.properties.age else { return true }
        return age.major < 14
    }

    /// Old runes whose case or category changed in a later Unicode version.
    private let laterChanges: Set<GoRune> = [0x19B, 0x264, 0x295]

    func testCaseMappingsAndFoldingMatchGo() {
        var expected: [GoRune: [GoRune]] = [:]
        for line in Fixture.lines("unicode_case.txt") {
            let p = line.split(separator: " ").map { GoRune($0, radix: 16)! }
            expected[p[0]] = Array(p[1...])
        }
        XCTAssertGreaterThan(expected.count, 2500)
        var mismatches = 0
        for (i, r) in UnicodeTests.compared.enumerated() {
            if UnicodeTests.comparable[i] && !laterChanges.contains(r) {
                let want = expected[r] ?? [r, r, r, r]
                let got = [GoUnicode.toUpper(r), GoUnicode.toLower(r), GoUnicode.toTitle(r), GoUnicode.simpleFold(r)]
                if got != want {
                    mismatches += 1
                    if mismatches < 10 { XCTFail("U+\(String(r, radix: 16)): got \(got) want \(want)") }
                }
            }
        }
        XCTAssertEqual(mismatches, 0)
    }

    func testCategoriesMatchGo() {
        let predicates: [(String, (GoRune) -> Bool)] = [
            ("IsLetter", GoUnicode.isLetter), ("IsDigit", GoUnicode.isDigit), ("IsNumber", GoUnicode.isNumber),
            ("IsSpace", GoUnicode.isSpace), ("IsUpper", GoUnicode.isUpper), ("IsLower", GoUnicode.isLower),
            ("IsPunct", GoUnicode.isPunct), ("IsPrint", GoUnicode.isPrint), ("IsGraphic", GoUnicode.isGraphic),
            ("IsControl", GoUnicode.isControl), ("IsTitle", GoUnicode.isTitle), ("IsSymbol", GoUnicode.isSymbol),
            ("IsMark", GoUnicode.isMark),
        ]
        var truth = [[ClosedRange<GoRune>]](repeating: [], count: predicates.count)
        for line in Fixture.lines("unicode_categories.txt") {
            let p = line.split(separator: " ")
            truth[Int(p[0])!].append(GoRune(p[1], radix: 16)!...GoRune(p[2], radix: 16)!)
        }
        XCTAssertGreaterThan(truth.reduce(0) { $0 + $1.count }, 3000)
        for (k, (name, predicate)) in predicates.enumerated() {
            var inGo = [Bool](repeating: false, count: Int(GoUnicode.maxRune) + 1)
            for range in truth[k] { for r in range { inGo[Int(r)] = true } }
            var mismatches = 0
            for (i, r) in UnicodeTests.compared.enumerated() where UnicodeTests.comparable[i] && !laterChanges.contains(r) {
                if predicate(r) != inGo[Int(r)] {
                    mismatches += 1
                    if mismatches < 5 { XCTFail("\(name)(U+\(String(r, radix: 16))) = \(predicate(r))") }
                }
            }
            XCTAssertEqual(mismatches, 0, name)
        }
    }

    func testSpotChecks() {
        XCTAssertTrue(GoUnicode.isSpace(0x85))
        XCTAssertTrue(GoUnicode.isSpace(0x3000))
        XCTAssertFalse(GoUnicode.isSpace(0x200B))
        XCTAssertEqual(GoUnicode.toUpper(0xDF), 0xDF)            // ß has no simple upper case
        XCTAssertEqual(GoUnicode.toLower(0x130), 0x69)           // İ → i
        XCTAssertEqual(GoUnicode.toTitle(0x1C6), 0x1C5)          // ǆ → ǅ
        XCTAssertEqual(GoUnicode.simpleFold(0x41), 0x61)
        XCTAssertEqual(GoUnicode.simpleFold(0x61), 0x41)
        XCTAssertEqual(GoUnicode.simpleFold(0x4B), 0x6B)
        XCTAssertEqual(GoUnicode.simpleFold(0x6B), 0x212A)
        XCTAssertEqual(GoUnicode.simpleFold(0x212A), 0x4B)
        XCTAssertEqual(GoUnicode.simpleFold(0x31), 0x31)
        XCTAssertEqual(GoUnicode.simpleFold(-2), -2)
        XCTAssertFalse(GoUnicode.isPrint(0xD800))
        XCTAssertFalse(GoUnicode.isPrint(-1))
    }
}
