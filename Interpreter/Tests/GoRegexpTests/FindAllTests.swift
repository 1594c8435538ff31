import XCTest
@testable import GoRegexp

/// FindAll, including Go's handling of empty matches, and Split.
final class FindAllTests: XCTestCase {
    func testFindAll() throws {
        let r = try Regexp("a.")
        XCTAssertEqual(r.allMatches(in: "paranormal"), ["ar", "an", "al"])
        XCTAssertEqual(r.allMatches(in: "paranormal", limit: 2), ["ar", "an"])
        XCTAssertEqual(r.allMatches(in: "paranormal", limit: 0), [])
        XCTAssertEqual(r.allMatches(in: "graal"), ["aa"])
        XCTAssertEqual(r.allMatches(in: "none"), [])
        XCTAssertEqual(try Regexp("\\d+").allMatches(in: "a1b22c333"), ["1", "22", "333"])
    }

    func testEmptyMatchesInFindAll() throws {
        // An empty match directly after the previous match is dropped.
        XCTAssertEqual(try Regexp("a*").allMatches(in: "abaabaccadaaae"), ["a", "aa", "a", "", "a", "aaa", ""])
        XCTAssertEqual(try Regexp("a*").allMatchRanges(in: "baaac"), [[0, 0], [1, 4], [5, 5]])
        XCTAssertEqual(try Regexp("").allMatchRanges(in: "abc"), [[0, 0], [1, 1], [2, 2], [3, 3]])
        XCTAssertEqual(try Regexp("").allMatchRanges(in: "é"), [[0, 0], [2, 2]])  // steps by code point
        XCTAssertEqual(try Regexp("x*").allMatchRanges(in: ""), [[0, 0]])
        XCTAssertEqual(try Regexp("b*").allMatches(in: "abb"), ["", "bb"])
        XCTAssertEqual(try Regexp("a|b|").allMatchRanges(in: "abc"), [[0, 1], [1, 2], [3, 3]])
    }

    func testSkippingAheadStaysOnCodePointBoundaries() throws {
        XCTAssertEqual(try Regexp("\\d+").allMatches(in: "aé1bç22"), ["1", "22"])
        XCTAssertEqual(try Regexp("[\\x{FFFD}b]").allMatchRanges(in: "éb"), [[2, 3]])
        XCTAssertEqual(try Regexp("[\\x{FFFD}b]").allMatchRanges(in: [0xFF, 0x62] as [UInt8]), [[0, 1], [1, 2]])
        XCTAssertEqual(try Regexp("[é]+").allMatches(in: "xxééyé"), ["éé", "é"])
        XCTAssertEqual(try Regexp("\\bfoo").allMatchRanges(in: "afoo foo"), [[5, 8]])
    }

    func testFindAllSubmatch() throws {
        let r = try Regexp("a(x*)b")
        XCTAssertEqual(r.allMatchIndices(in: "-ab-axxb-"), [[1, 3, 2, 2], [4, 8, 5, 7]])
        XCTAssertEqual(r.allMatchIndices(in: "-ab-axxb-", limit: 1), [[1, 3, 2, 2]])
        XCTAssertEqual(r.allSubmatches(in: "-ab-axxb-"), [["ab", ""], ["axxb", "xx"]])
        let kv = try Regexp("(\\w+)=(\\w+)?")
        XCTAssertEqual(kv.allSubmatches(in: "a=1 b= c=3"), [["a=1", "a", "1"], ["b=", "b", nil], ["c=3", "c", "3"]])
        let bytes = Array("x1y22".utf8)
        XCTAssertEqual(try Regexp("\\d+").allMatches(in: bytes).map { String(decoding: $0, as: UTF8.self) }, ["1", "22"])
        XCTAssertEqual(try Regexp("(\\d)").allMatchIndices(in: bytes), [[1, 2, 1, 2], [3, 4, 3, 4], [4, 5, 4, 5]])
        XCTAssertEqual(try Regexp("(\\d)(x)?").allSubmatches(in: bytes).count, 3)
    }

    func testResultsInsideGraphemeClusters() throws {
        // Matching is by code point, so a match may end inside a user-perceived character.
        let decomposed = "e\u{301}x"
        XCTAssertEqual(try Regexp("e").firstMatch(in: decomposed)?.unicodeScalars.map(\.value), [0x65])
        XCTAssertEqual(try Regexp("\u{301}").split(decomposed).map { $0.unicodeScalars.count }, [1, 1])
        XCTAssertEqual(try Regexp("e").replaceAll(in: decomposed, with: "a").unicodeScalars.map(\.value), [0x61, 0x301, 0x78])
    }

    func testSplit() throws {
        let a = try Regexp("a")
        XCTAssertEqual(a.split("banana"), ["b", "n", "n", ""])
        XCTAssertEqual(a.split("apple", limit: 0), [])
        XCTAssertEqual(a.split("grape", limit: 1), ["grape"])
        XCTAssertEqual(a.split("banana", limit: 2), ["b", "nana"])
        let z = try Regexp("z+")
        XCTAssertEqual(z.split("pizza"), ["pi", "a"])
        XCTAssertEqual(z.split("pizza", limit: 2), ["pi", "a"])
        XCTAssertEqual(try Regexp("a*").split("abaabaccadaaae", limit: 5), ["", "b", "b", "c", "cadaaae"])
        XCTAssertEqual(try Regexp("").split("abc"), ["a", "b", "c"])
        XCTAssertEqual(try Regexp(",").split(""), [""])
        XCTAssertEqual(try Regexp("").split(""), [])
        XCTAssertEqual(try Regexp("\\s*,\\s*").split("a , b,c ,d"), ["a", "b", "c", "d"])
        XCTAssertEqual(try Regexp("x").split("axbxc", limit: -1), ["a", "b", "c"])
        XCTAssertEqual(try Regexp("é").split("aébéc"), ["a", "b", "c"])
    }
}
