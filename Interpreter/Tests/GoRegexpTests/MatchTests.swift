import XCTest
@testable import GoRegexp

/// Match / no-match and submatch positions, checked against Go's documented semantics.
final class MatchTests: XCTestCase {
    private func re(_ pattern: String, file: StaticString = #filePath, line: UInt = #line) -> Regexp? {
        do { return try Regexp(pattern) } catch {
            XCTFail("compile \(pattern): \(error)", file: file, line: line)
            return nil
        }
    }

    func testMatchTable() {
        let cases: [(String, String, Bool)] = [
            ("foo.*", "seafood", true),
            ("bar.*", "seafood", false),
            ("", "", true),
            ("", "abc", true),
            ("a", "", false),
            ("^abc$", "abc", true),
            ("^abc$", "abcd", false),
            ("^abc$", "abc\n", false),       // $ without (?m) is \z
            ("abc$", "xabc", true),
            ("^", "anything", true),
            ("a.c", "abc", true),
            ("a.c", "a\nc", false),
            ("(?s)a.c", "a\nc", true),
            ("a[^b]c", "a\nc", true),        // negated classes match newline
            ("a\\Dc", "a\nc", true),
            ("[[:alpha:]]+", "123", false),
            ("^[[:alpha:]]+$", "abcXYZ", true),
            ("^[[:^alpha:]]+$", "12 !", true),
            ("^[[:xdigit:]]+$", "0fA9", true),
            ("^[[:punct:]]+$", "!@#[]", true),
            ("^\\d+$", "0123456789", true),
            ("^\\d+$", "٣", false),           // \d is ASCII only
            ("^\\w+$", "héllo", false),
            ("^\\s+$", " \t\n\r\u{0C}", true),
            ("^\\s$", "\u{0B}", false),      // Go's \s has no vertical tab
            ("\\x41\\x{42}\\103", "ABC", true),
            ("\\a\\f\\t\\n\\r\\v", "\u{07}\u{0C}\t\n\r\u{0B}", true),
            ("\\0", "\u{0}", true),
            ("^\\Q.*+?\\E$", ".*+?", true),
            ("^\\Q.*+?\\E$", "aaaa", false),
            ("^\\Qab", "ab", true),
            ("\\.", "a", false),
            ("a{,2}", "a{,2}", true),        // not a repeat: literal text
            ("^a{2,3}$", "a", false),
            ("^a{2,3}$", "aa", true),
            ("^a{2,3}$", "aaa", true),
            ("^a{2,3}$", "aaaa", false),
            ("^a{2,}$", "aaaaaaa", true),
            ("^a{0}$", "", true),
            ("^(ab){2}$", "abab", true),
            ("^(?:a|b)*c$", "ababbc", true),
            ("^[]a]+$", "]a]", true),
            ("^[a-]+$", "a-a", true),
            ("x*", "", true),
            ("^x*y", "xxxy", true),
            ("^\\x{10FFFF}$", "\u{10FFFF}", true),
            ("\\p{Any}", "\u{1F600}", true),
            ("\\_", "_", true),
        ]
        for (pattern, input, expected) in cases {
            guard let r = re(pattern) else { continue }
            XCTAssertEqual(r.matches(input), expected, "\(pattern) on \(input.debugDescription)")
            XCTAssertEqual(r.matches(Array(input.utf8)), expected, "bytes: \(pattern)")
            XCTAssertEqual(r.firstMatchIndices(in: input) != nil, expected, "indices: \(pattern)")
        }
    }

    func testSubmatchIndices() {
        let cases: [(String, String, [Int]?)] = [
            ("a(x*)b(y|z)c", "-axxxbyc-", [1, 8, 2, 5, 6, 7]),
            ("a(x*)b", "-ab-", [1, 3, 2, 2]),
            ("(a)|b", "b", [0, 1, -1, -1]),
            ("(a|b)*", "ab", [0, 2, 1, 2]),
            ("(a*)*", "b", [0, 0, 0, 0]),
            ("(a*)+", "b", [0, 0, 0, 0]),
            ("(a+)(b+)?", "aac", [0, 2, 0, 2, -1, -1]),
            ("(a+?)(a*)", "aaa", [0, 3, 0, 1, 1, 3]),
            ("(a|ab)(c|bcd)(d*)", "abcd", [0, 4, 0, 1, 1, 4, 4, 4]),
            ("(?P<y>\\d{4})-(?P<m>\\d{2})", "on 2024-05-06", [3, 10, 3, 7, 8, 10]),
            ("(\\w+)@(\\w+)\\.com", "mail bob@example.com now", [5, 20, 5, 8, 9, 16]),
            ("x(é+)y", "xééy", [0, 6, 1, 5]),
            ("(a)(b)?(c)?", "ac", [0, 2, 0, 1, -1, -1, 1, 2]),
            ("()", "x", [0, 0, 0, 0]),
            ("(a){2}", "aaa", [0, 2, 1, 2]),
            ("z", "abc", nil),
        ]
        for (pattern, input, expected) in cases {
            guard let r = re(pattern) else { continue }
            XCTAssertEqual(r.firstMatchIndices(in: input), expected, "\(pattern) on \(input)")
            XCTAssertEqual(r.firstMatchIndices(in: Array(input.utf8)), expected, "bytes: \(pattern)")
        }
    }

    func testPackageLevelHelpers() throws {
        XCTAssertTrue(try Regexp.matchString("foo.*", "seafood"))
        XCTAssertFalse(try Regexp.matchString("bar.*", "seafood"))
        XCTAssertTrue(try Regexp.match("^\\x00\\xff?", [0x00]))
        XCTAssertThrowsError(try Regexp.matchString("a(b", "ab")) { error in
            XCTAssertEqual((error as? RegexpError)?.description, "error parsing regexp: missing closing ): `a(b`")
        }
    }

    func testSubmatchStrings() throws {
        let r = try Regexp("(\\w+)=(\\d+)?")
        XCTAssertEqual(r.firstSubmatches(in: "key=12"), ["key=12", "key", "12"])
        XCTAssertEqual(r.firstSubmatches(in: "key="), ["key=", "key", nil])
        XCTAssertNil(r.firstSubmatches(in: "==="))
        XCTAssertEqual(r.firstMatch(in: "a key=7"), "key=7")
        XCTAssertEqual(try Regexp("é+").firstMatch(in: "caféé!"), "éé")
        XCTAssertEqual(r.firstMatchRange(in: "  x=1"), [2, 5])
        XCTAssertEqual(r.firstSubmatches(in: Array("k=9".utf8))?.map { $0.map { String(decoding: $0, as: UTF8.self) } },
                       ["k=9", "k", "9"])
        XCTAssertEqual(try Regexp("b+").firstMatch(in: Array("abbc".utf8)), Array("bb".utf8))
    }

    func testEmptyClassesAndZeroRepeats() throws {
        let never = try Regexp("[^\\x00-\\x{10FFFF}]")
        XCTAssertFalse(never.matches("anything"))
        XCTAssertFalse(never.matches(""))
        XCTAssertEqual(try Regexp("a|[^\\x00-\\x{10FFFF}]").firstMatch(in: "xa"), "a")
        XCTAssertEqual(try Regexp("[^\\x00-\\x{10FFFF}]*b").firstMatchRange(in: "ab"), [1, 2])
        // A group repeated zero times still counts as a group but never participates.
        let zero = try Regexp("(a){0}b")
        XCTAssertEqual(zero.numSubexp, 1)
        XCTAssertEqual(zero.firstMatchIndices(in: "ab"), [1, 2, -1, -1])
        XCTAssertEqual(try Regexp("[[:^alpha:][:digit:]]+").firstMatch(in: "ab12-c"), "12-")
    }

    func testLazyAndGreedy() throws {
        let cases: [(String, String, String)] = [
            ("a+", "aaa", "aaa"),
            ("a+?", "aaa", "a"),
            ("a*?", "aaa", ""),
            ("a??b", "ab", "ab"),
            ("a{2,3}?", "aaaa", "aa"),
            ("(?U)a+", "aaa", "a"),
            ("(?U)a+?", "aaa", "aaa"),
            ("(?U:a+)a*", "aaa", "aaa"),
            ("<.*>", "<a><b>", "<a><b>"),
            ("<.*?>", "<a><b>", "<a>"),
        ]
        for (pattern, input, expected) in cases {
            XCTAssertEqual(try Regexp(pattern).firstMatch(in: input), expected, pattern)
        }
    }

    func testLeftmostFirstVersusLongest() throws {
        let cases: [(String, String, String, String)] = [
            ("a(|b)", "ab", "a", "ab"),
            ("a|ab", "ab", "a", "ab"),
            ("(a|ab)(c|bcd)", "abcd", "abcd", "abcd"),
            ("a*?", "aaa", "", "aaa"),
            ("x|xy|xyz", "xyz", "x", "xyz"),
            ("(?:b|ba|bab)+", "babab", "b", "babab"),
        ]
        for (pattern, input, first, longest) in cases {
            let r = try Regexp(pattern)
            XCTAssertFalse(r.isLongest)
            XCTAssertEqual(r.firstMatch(in: input), first, "first: \(pattern)")
            let l = r.longest()
            XCTAssertTrue(l.isLongest)
            XCTAssertEqual(l.firstMatch(in: input), longest, "longest: \(pattern)")
            // Leftmost still wins over longer matches further right.
            if !first.isEmpty { XCTAssertEqual(l.firstMatchRange(in: "zz" + input)?.first, 2, pattern) }
        }
    }

    func testAnchorsAndMultiline() throws {
        XCTAssertFalse(try Regexp("^b$").matches("a\nb\nc"))
        XCTAssertTrue(try Regexp("(?m)^b$").matches("a\nb\nc"))
        XCTAssertEqual(try Regexp("(?m)^\\w+").allMatches(in: "one\ntwo\nthree"), ["one", "two", "three"])
        XCTAssertEqual(try Regexp("^\\w+").allMatches(in: "one\ntwo\nthree"), ["one"])
        XCTAssertEqual(try Regexp("(?m)\\w+$").allMatches(in: "one\ntwo\nthree"), ["one", "two", "three"])
        XCTAssertEqual(try Regexp("\\w+$").allMatches(in: "one\ntwo\nthree"), ["three"])
        XCTAssertEqual(try Regexp("(?m)$").allMatchRanges(in: "a\nb"), [[1, 1], [3, 3]])
        XCTAssertEqual(try Regexp("(?m)^").allMatchRanges(in: "a\nb\n"), [[0, 0], [2, 2], [4, 4]])
        XCTAssertTrue(try Regexp("\\Aab\\z").matches("ab"))
        XCTAssertFalse(try Regexp("(?m)\\Ab").matches("a\nb"))
        XCTAssertFalse(try Regexp("(?m)a\\z").matches("a\nb"))
        XCTAssertEqual(try Regexp("^a").allMatches(in: "aaa"), ["a"])
        // (?m) applies only inside its group.
        XCTAssertFalse(try Regexp("(?m:x)^b").matches("a\nb"))
    }

    func testWordBoundary() throws {
        XCTAssertTrue(try Regexp("\\bfoo\\b").matches("a foo b"))
        XCTAssertFalse(try Regexp("\\bfoo\\b").matches("afoo b"))
        XCTAssertFalse(try Regexp("\\bfoo\\b").matches("foo_bar"))
        XCTAssertTrue(try Regexp("\\Boo\\B").matches("door"))
        XCTAssertEqual(try Regexp("\\b").allMatchRanges(in: "ab cd"), [[0, 0], [2, 2], [3, 3], [5, 5]])
        XCTAssertEqual(try Regexp("\\B").allMatchRanges(in: "abc"), [[1, 1], [2, 2]])
        XCTAssertEqual(try Regexp("\\B").allMatchRanges(in: ""), [[0, 0]])
        XCTAssertEqual(try Regexp("\\b").allMatchRanges(in: ""), [])
        // Word characters are ASCII only: é is not one.
        XCTAssertEqual(try Regexp("\\b\\w+\\b").allMatches(in: "héllo wörld"), ["h", "llo", "w", "rld"])
    }

    func testCaseFolding() {
        let cases: [(String, String, Bool)] = [
            ("(?i)hello", "HeLLo", true),
            ("(?i)k", "\u{212A}", true),        // KELVIN SIGN
            ("(?i)\u{212A}", "k", true),
            ("(?i)K", "k", true),
            ("k", "K", false),
            ("(?i)s", "\u{17F}", true),         // LONG S
            ("(?i)σ", "Σ", true),
            ("(?i)σ", "ς", true),
            ("(?i)Σ", "ς", true),
            ("(?i)ǅ", "ǆ", true),
            ("(?i)ǅ", "Ǆ", true),
            ("(?i)é", "É", true),
            ("(?i)ß", "ẞ", true),
            ("(?i)straße", "STRASSE", false),   // simple folding only
            ("(?i)i", "İ", false),              // Turkish dotted I is not folded
            ("(?i)I", "ı", false),
            ("(?i)[a-c]+$", "aBC", true),
            ("(?i)[k]", "\u{212A}", true),
            ("(?i)[^k]", "K", false),
            ("(?i)[^k]", "\u{212A}", false),
            ("(?i)[[:upper:]]", "x", true),
            ("[[:upper:]]", "x", false),
            ("(?i)\\p{Lu}", "a", true),
            ("(?i)a(?-i)b", "Ab", true),
            ("(?i)a(?-i)b", "AB", false),
            ("(?i:a)b", "AB", false),
            ("a(?i)b|c", "C", true),           // flags last to the end of the group, across |
            ("(?i)Ж", "ж", true),
            ("(?i)ΑΒΓ", "αβγ", true),
        ]
        for (pattern, input, expected) in cases {
            guard let r = re(pattern) else { continue }
            XCTAssertEqual(r.matches(input), expected, "\(pattern) on \(input)")
        }
        XCTAssertEqual(CaseFolding.orbit(of: 0x6B).sorted(), [0x4B, 0x6B, 0x212A])
        XCTAssertEqual(CaseFolding.simpleFold(0x212A), 0x4B)
        XCTAssertEqual(CaseFolding.simpleFold(0x31), 0x31)
    }

    func testUnicodeClasses() {
        let cases: [(String, String, Bool)] = [
            ("^\\pL+$", "héllo", true),
            ("^\\pL+$", "abc1", false),
            ("^\\PL+$", "123 !", true),
            ("^\\p{L}$", "中", true),
            ("^\\p{Lu}$", "Ä", true),
            ("^\\p{Lu}$", "ä", false),
            ("^\\p{Ll}$", "ä", true),
            ("^\\p{^Lu}$", "ä", true),
            ("^\\P{^Lu}$", "Ä", true),
            ("^\\pN+$", "٣3Ⅻ", true),
            ("^\\p{Nd}+$", "٣3", true),
            ("^\\p{Nd}$", "Ⅻ", false),
            ("^\\p{Greek}+$", "αβγ", true),
            ("^\\p{Greek}$", "a", false),
            ("^\\p{Cyrillic}+$", "Привет", true),
            ("^\\p{Han}+$", "漢字", true),
            ("^\\p{Hiragana}+$", "ひらがな", true),
            ("^\\p{Katakana}+$", "カタカナ", true),
            ("^\\p{Arabic}+$", "مرحبا", true),
            ("^\\p{Hebrew}+$", "שלום", true),
            ("^\\p{Latin}+$", "Straße", true),
            ("^\\p{Zs}$", "\u{3000}", true),
            ("^\\p{Sc}$", "€", true),
            ("^\\p{Sm}$", "+", true),
            ("^\\p{P}+$", "!?«»", true),
            ("^\\p{Cc}$", "\u{07}", true),
            ("^\\p{So}$", "😀", true),
            ("^[\\p{Greek}\\d]+$", "α1β2", true),
            ("^[^\\p{Greek}]+$", "abc", true),
            ("^[^\\p{Greek}]+$", "aβc", false),
            ("^[\\P{L}]+$", "12", true),
            ("^\\p{Cs}$", "a", false),
            // Names as newer Go releases also accept them.
            ("^\\p{Letter}+$", "héllo", true),
            ("^\\p{greek}+$", "αβ", true),
            ("^\\p{Uppercase_Letter}$", "Q", true),
            ("^\\p{uppercase letter}$", "q", false),
            ("^\\p{ASCII}+$", "abc~", true),
            ("^\\p{ASCII}$", "é", false),
            ("^\\p{LC}$", "ǅ", true),
            ("^\\p{Assigned}$", "a", true),
            ("^\\p{Assigned}$", "\u{40000}", false),
            ("^\\p{Cn}$", "\u{40000}", true),
            ("^\\p{C}$", "\u{40000}", false),
            ("^\\p{Old_Italic}$", "\u{10300}", true),
        ]
        for (pattern, input, expected) in cases {
            guard let r = re(pattern) else { continue }
            XCTAssertEqual(r.matches(input), expected, "\(pattern) on \(input)")
        }
        XCTAssertEqual(try Regexp("\\p{Cyrillic}+").firstMatch(in: "abc Привет!"), "Привет")
    }

    func testInvalidUTF8Bytes() throws {
        // Invalid bytes decode as U+FFFD of width 1, as in Go.
        XCTAssertEqual(try Regexp("a.b").firstMatchIndices(in: [0x61, 0xFF, 0x62]), [0, 3])
        XCTAssertTrue(try Regexp("\u{FFFD}").matches([0xFF]))
        XCTAssertTrue(try Regexp("^\u{FFFD}{2}A$").matches([0xE2, 0x82, 0x41]))  // truncated sequence
        XCTAssertTrue(try Regexp("^..$").matches([0xC0, 0xAF]))                  // overlong form
        XCTAssertTrue(try Regexp("^...$").matches([0xED, 0xA0, 0x80]))            // encoded surrogate
        XCTAssertTrue(try Regexp("^.$").matches([0xF0, 0x9F, 0x98, 0x80]))        // valid 4-byte
        XCTAssertFalse(try Regexp("\\xff").matches([0xFF]))                       // \xff is U+00FF
        XCTAssertTrue(try Regexp("\\xff").matches("ÿ"))
        XCTAssertEqual(try Regexp("x*").allMatchRanges(in: [0xFF, 0x78, 0xFF] as [UInt8]).count, 3)
        let bytes: [UInt8] = [0x61, 0xFF, 0x62]
        bytes.withUnsafeBufferPointer { buffer in
            XCTAssertTrue((try? Regexp("b$"))?.matches(buffer) ?? false)
        }
    }
}
