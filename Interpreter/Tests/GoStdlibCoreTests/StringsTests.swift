import XCTest
@testable import GoStdlibCore

/// Compares against `Fixtures/strings_cases.txt`, produced by Go's strings package.
final class StringsTests: XCTestCase {
    private typealias F = FixtureField
    private var rows: [[Substring]] {
        Fixture.lines("strings_cases.txt").map { $0.split(separator: " ", omittingEmptySubsequences: false) }
    }

    func testAgainstGoReferenceOutputs() {
        let rows = self.rows
        XCTAssertGreaterThan(rows.count, 1000)
        var checked = 0
        for f in rows {
            let s = f[0] == "Replacer" ? [] : F.bytes(f[1])
            let ctx = "\(f[0]) \(String(decoding: s, as: UTF8.self)) | \(f.count > 2 ? f[2] : "")"
            checked += 1
            switch f[0] {
            case "Fields": XCTAssertEqual(GoStrings.fields(s), F.list(f[2]), ctx)
            case "Upper":
                XCTAssertEqual(GoStrings.toUpper(s), F.bytes(f[2]), ctx)
                XCTAssertEqual(GoStrings.toLower(s), F.bytes(f[3]), ctx)
                XCTAssertEqual(GoStrings.toTitle(s), F.bytes(f[4]), ctx)
            case "TrimSpace": XCTAssertEqual(GoStrings.trimSpace(s), F.bytes(f[2]), ctx)
            case "FieldsFunc":
                let got = GoStrings.fieldsFunc(s) { $0 == 0x2C || $0 == 0x61 || GoUnicode.isSpace($0) }
                XCTAssertEqual(got, F.list(f[2]), ctx)
            case "IndexFunc":
                XCTAssertEqual(GoStrings.indexFunc(s, GoUnicode.isUpper), Int(f[2])!, ctx)
                XCTAssertEqual(GoStrings.lastIndexFunc(s, GoUnicode.isLetter), Int(f[3])!, ctx)
            case "Split":
                let sep = F.bytes(f[2])
                // Go 1.20 stopped turning invalid bytes into U+FFFD when splitting by "";
                // the fixture predates that (see testSplitInvalidUTF8ByEmptySeparator).
                if sep.isEmpty && !GoUTF8.valid(s) { continue }
                XCTAssertEqual(GoStrings.split(s, sep), F.list(f[3]), ctx)
                XCTAssertEqual(GoStrings.splitAfter(s, sep), F.list(f[4]), ctx)
                XCTAssertEqual(GoStrings.splitN(s, sep, 2), F.list(f[5]), ctx)
                XCTAssertEqual(GoStrings.splitN(s, sep, 0), F.list(f[6]), ctx)
                XCTAssertEqual(GoStrings.splitAfterN(s, sep, 3), F.list(f[7]), ctx)
                XCTAssertEqual(GoStrings.splitN(s, sep, -1), F.list(f[8]), ctx)
            case "Index":
                let sep = F.bytes(f[2])
                XCTAssertEqual(GoStrings.index(s, sep), Int(f[3])!, ctx)
                XCTAssertEqual(GoStrings.lastIndex(s, sep), Int(f[4])!, ctx)
                XCTAssertEqual(GoStrings.count(s, sep), Int(f[5])!, ctx)
                XCTAssertEqual(GoStrings.indexAny(s, sep), Int(f[6])!, ctx)
                XCTAssertEqual(GoStrings.lastIndexAny(s, sep), Int(f[7])!, ctx)
                XCTAssertEqual(GoStrings.contains(s, sep), f[8] == "true", ctx)
            case "Trim":
                let cut = F.bytes(f[2])
                XCTAssertEqual(GoStrings.trim(s, cut), F.bytes(f[3]), ctx)
                XCTAssertEqual(GoStrings.trimLeft(s, cut), F.bytes(f[4]), ctx)
                XCTAssertEqual(GoStrings.trimRight(s, cut), F.bytes(f[5]), ctx)
                XCTAssertEqual(GoStrings.trimPrefix(s, cut), F.bytes(f[6]), ctx)
                XCTAssertEqual(GoStrings.trimSuffix(s, cut), F.bytes(f[7]), ctx)
            case "Cut":
                let r = GoStrings.cut(s, F.bytes(f[2]))
                XCTAssertEqual(r.before, F.bytes(f[3]), ctx)
                XCTAssertEqual(r.after, F.bytes(f[4]), ctx)
                XCTAssertEqual(r.found, f[5] == "true", ctx)
            case "Replace":
                let old = F.bytes(f[2])
                XCTAssertEqual(GoStrings.replace(s, old, Array("<>".utf8), -1), F.bytes(f[3]), ctx)
                XCTAssertEqual(GoStrings.replace(s, old, [], 2), F.bytes(f[4]), ctx)
                XCTAssertEqual(GoStrings.replace(s, old, [0x5A], 1), F.bytes(f[5]), ctx)
            case "EqualFold":
                XCTAssertEqual(GoStrings.equalFold(s, F.bytes(f[2])), f[3] == "true", ctx)
            case "IndexAny":
                let chars = F.bytes(f[2])
                XCTAssertEqual(GoStrings.indexAny(s, chars), Int(f[3])!, ctx)
                XCTAssertEqual(GoStrings.lastIndexAny(s, chars), Int(f[4])!, ctx)
                XCTAssertEqual(GoStrings.containsAny(s, chars), f[5] == "true", ctx)
                XCTAssertEqual(GoStrings.indexRune(s, 0xFFFD), Int(f[6])!, ctx)
            case "Replacer":
                let pairs = F.list(f[1])
                let r = try! GoReplacer(pairs)
                XCTAssertEqual(r.replace(F.bytes(f[2])), F.bytes(f[3]), "Replacer \(pairs.map { String(decoding: $0, as: UTF8.self) }) \(F.text(f[2]))")
            case "Repeat":
                XCTAssertEqual(try GoStrings.repeatString(s, count: Int(f[2])!), F.bytes(f[3]), ctx)
            case "Map":
                let input = Array("banana".utf8) + [0xFF] + Array("日".utf8)
                let got = GoStrings.map(input) { $0 == 0x61 ? -1 : $0 + 1 }
                XCTAssertEqual(got, F.bytes(f[1]))
            default:
                XCTFail("unknown row \(f[0])")
            }
        }
        XCTAssertEqual(checked, rows.count)
    }

    func testPanicsAndLongSearches() {
        XCTAssertThrowsError(try GoStrings.repeatString([0x61], count: -1)) { e in
            XCTAssertEqual((e as? GoPanic)?.message, "strings: negative Repeat count")
        }
        XCTAssertThrowsError(try GoStrings.repeatString([0x61, 0x62], count: Int.max)) { e in
            XCTAssertEqual((e as? GoPanic)?.message, "strings: Repeat output length overflow")
        }
        XCTAssertThrowsError(try GoReplacer(["a"])) { e in
            XCTAssertEqual((e as? GoPanic)?.message, "strings.NewReplacer: odd argument count")
        }
        // Many near-misses force the Rabin–Karp path; results must match a naive search.
        let hay = Array(repeating: UInt8(ascii: "a"), count: 5000) + Array("ab".utf8) + Array(repeating: UInt8(ascii: "a"), count: 100)
        let needle = Array(repeating: UInt8(ascii: "a"), count: 40) + [UInt8(ascii: "b")]
        XCTAssertEqual(GoStrings.index(hay, needle), 5000 + 1 - 40)
        XCTAssertEqual(GoStrings.lastIndex(hay, needle), 5000 + 1 - 40)
        XCTAssertEqual(GoStrings.count(hay, Array("aa".utf8)), 2550)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let s = (0..<Int.random(in: 0..<200, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
            let sep = (0..<Int.random(in: 1..<6, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
            var naive = -1, lastNaive = -1
            if sep.count <= s.count {
                for i in 0...(s.count - sep.count) where Array(s[i..<(i + sep.count)]) == sep {
                    if naive < 0 { naive = i }
                    lastNaive = i
                }
            }
            XCTAssertEqual(GoStrings.index(s, sep), naive)
            XCTAssertEqual(GoStrings.lastIndex(s, sep), lastNaive)
        }
    }

    func testStringConveniences() throws {
        XCTAssertEqual(GoStrings.split("a,b,,c", ","), ["a", "b", "", "c"])
        XCTAssertEqual(GoStrings.split("日本", ""), ["日", "本"])
        XCTAssertEqual(GoStrings.splitN("a,b,c", ",", 2), ["a", "b,c"])
        XCTAssertEqual(GoStrings.fields("  a \t b\n"), ["a", "b"])
        XCTAssertEqual(GoStrings.replace("aaa", "a", "b", 2), "bba")
        XCTAssertEqual(GoStrings.replace("ab", "", "-", -1), "-a-b-")
        XCTAssertEqual(GoStrings.count("cheese", "e"), 3)
        XCTAssertEqual(GoStrings.count("five", ""), 5)
        XCTAssertEqual(GoStrings.index("chicken", "ken"), 4)
        XCTAssertEqual(GoStrings.lastIndex("go gopher", "go"), 3)
        XCTAssertTrue(GoStrings.equalFold("Gopher", "GOPHER"))
        XCTAssertEqual(GoStrings.toUpper("héllo"), "HÉLLO")
        XCTAssertEqual(GoStrings.trimSpace(" \t x \n"), "x")
        XCTAssertEqual(GoStrings.trim("¡¡¡Hello, Gophers!!!", "!¡"), "Hello, Gophers")
        XCTAssertEqual(try GoStrings.repeatString("na", count: 2), "nana")
        XCTAssertEqual(try GoReplacer(["a", "1", "", "X"]).replace("ab"), "1XbX")
    }

    /// Current Go slices invalid bytes individually when splitting by "".
    func testSplitInvalidUTF8ByEmptySeparator() {
        let s: [UInt8] = [0xFF, 0x61, 0xE6, 0x97, 0xA5, 0xFE]
        XCTAssertEqual(GoStrings.split(s, []), [[0xFF], [0x61], [0xE6, 0x97, 0xA5], [0xFE]])
        XCTAssertEqual(GoStrings.splitN(s, [], 2), [[0xFF], [0x61, 0xE6, 0x97, 0xA5, 0xFE]])
        XCTAssertEqual(GoStrings.splitAfter(s, []), [[0xFF], [0x61], [0xE6, 0x97, 0xA5], [0xFE]])
    }
}
