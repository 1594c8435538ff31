import XCTest
@testable import GoStdlibCore

/// Compares against `Fixtures/strconv_cases.txt`, produced by Go's strconv (fields hex-encoded).
final class StrconvTests: XCTestCase {
    private func unhex(_ s: Substring) -> [UInt8] {
        if s == "-" { return [] }
        var out: [UInt8] = []
        var it = s.utf8.makeIterator()
        while let a = it.next(), let b = it.next() {
            out.append(GoStrconv.hexValue(a)! << 4 | GoStrconv.hexValue(b)!)
        }
        return out
    }
    private func text(_ s: Substring) -> String { String(decoding: unhex(s), as: UTF8.self) }
    private func cases(_ kind: String) -> [[Substring]] {
        let all = Fixture.lines("strconv_cases.txt").map { $0.split(separator: " ", omittingEmptySubsequences: false) }
        return all.filter { $0[0] == kind }
    }
    private func errorText(_ e: GoNumError?) -> [UInt8] { e.map { Array($0.description.utf8) } ?? [] }

    func testQuote() {
        let rows = cases("Quote")
        XCTAssertFalse(rows.isEmpty)
        for f in rows {
            let s = unhex(f[1])
            XCTAssertEqual(GoStrconv.quote(s), unhex(f[2]), "Quote \(f[1])")
            var a: [UInt8] = []; GoStrconv.appendQuoted(&a, s, mode: .asciiOnly)
            XCTAssertEqual(a, unhex(f[3]), "QuoteToASCII \(f[1])")
            var g: [UInt8] = []; GoStrconv.appendQuoted(&g, s, mode: .graphic)
            XCTAssertEqual(g, unhex(f[4]), "QuoteToGraphic \(f[1])")
            XCTAssertEqual(GoStrconv.canBackquote(s), f[5] == "true", "CanBackquote \(f[1])")
        }
        XCTAssertEqual(GoStrconv.quote("\u{0}☺\u{2028}"), "\"\\x00☺\\u2028\"")
    }

    func testQuoteRune() {
        for f in cases("QuoteRune") {
            let r = GoRune(f[1])!
            XCTAssertEqual(Array(GoStrconv.quoteRune(r).utf8), unhex(f[2]), "QuoteRune \(r)")
            XCTAssertEqual(Array(GoStrconv.quoteRuneToASCII(r).utf8), unhex(f[3]), "QuoteRuneToASCII \(r)")
            XCTAssertEqual(Array(GoStrconv.quoteRuneToGraphic(r).utf8), unhex(f[4]), "QuoteRuneToGraphic \(r)")
        }
    }

    func testUnquote() {
        let rows = cases("Unquote")
        XCTAssertGreaterThan(rows.count, 20)
        for f in rows {
            let got = GoStrconv.unquote(unhex(f[1]))
            if f[3] == "true" {
                XCTAssertEqual(got, unhex(f[2]), "Unquote \(text(f[1]))")
            } else {
                XCTAssertNil(got, "Unquote \(text(f[1])) should fail")
            }
        }
    }

    func testParseIntAndUint() {
        let rows = cases("ParseInt")
        XCTAssertGreaterThan(rows.count, 500)
        for f in rows {
            let s = unhex(f[1]), base = Int(f[2])!, bits = Int(f[3])!
            let (v, e) = GoStrconv.parseInt(s, base: base, bitSize: bits)
            XCTAssertEqual(v, Int64(f[4])!, "ParseInt(\(text(f[1])), \(base), \(bits))")
            XCTAssertEqual(errorText(e), unhex(f[5]), "ParseInt error (\(text(f[1])), \(base), \(bits))")
            let (u, ue) = GoStrconv.parseUint(s, base: base, bitSize: bits)
            XCTAssertEqual(u, UInt64(f[6])!, "ParseUint(\(text(f[1])), \(base), \(bits))")
            XCTAssertEqual(errorText(ue), unhex(f[7]), "ParseUint error (\(text(f[1])), \(base), \(bits))")
        }
        for f in cases("Atoi") {
            let (v, e) = GoStrconv.atoi(unhex(f[1]))
            XCTAssertEqual(v, Int(f[2])!)
            XCTAssertEqual(errorText(e), unhex(f[3]))
        }
        XCTAssertEqual(GoStrconv.atoi("x").1?.description, "strconv.Atoi: parsing \"x\": invalid syntax")
        let errs = cases("Errors")[0]
        XCTAssertEqual(errorText(GoStrconv.parseInt("1", base: 1, bitSize: 64).1), unhex(errs[1]))
        XCTAssertEqual(errorText(GoStrconv.parseInt("1", base: 10, bitSize: 65).1), unhex(errs[2]))
        XCTAssertEqual(errorText(GoStrconv.parseUint("1", base: 37, bitSize: 64).1), unhex(errs[3]))
    }

    func testParseFloat() {
        let rows = cases("ParseFloat")
        XCTAssertGreaterThan(rows.count, 100)
        for f in rows {
            let bits = Int(f[2])!
            let (v, e) = GoStrconv.parseFloat(unhex(f[1]), bitSize: bits)
            let expected = Double(bitPattern: UInt64(f[3], radix: 16)!)
            if expected.isNaN {
                XCTAssertTrue(v.isNaN, "ParseFloat(\(text(f[1])), \(bits))")
            } else {
                XCTAssertEqual(v.bitPattern, expected.bitPattern, "ParseFloat(\(text(f[1])), \(bits)) = \(v), want \(expected)")
            }
            XCTAssertEqual(errorText(e), unhex(f[4]), "ParseFloat error (\(text(f[1])), \(bits))")
        }
    }

    func testParseFloatRoundTripsShortestOutput() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let v = Double(bitPattern: rng.next())
            guard v.isFinite else { continue }
            for fmt: Character in ["e", "g"] {
                let s = GoStrconv.formatFloat(v, fmt, -1, 64)
                XCTAssertEqual(GoStrconv.parseFloat(s, bitSize: 64).0.bitPattern, v.bitPattern, s)
            }
            // Swift's own parser is correctly rounded too: 25 significant digits must agree.
            let long = GoStrconv.formatFloat(v, "e", 24, 64)
            XCTAssertEqual(GoStrconv.parseFloat(long, bitSize: 64).0, Double(long), long)
            let f = Float(bitPattern: UInt32(truncatingIfNeeded: rng.next()))
            guard f.isFinite else { continue }
            let fs = GoStrconv.formatFloat(Double(f), "g", 12, 32)
            XCTAssertEqual(GoStrconv.parseFloat(fs, bitSize: 32).0, Double(Float(fs)!), fs)
        }
    }

    func testParseBoolAndFormatInt() {
        for f in cases("ParseBool") {
            let (b, e) = GoStrconv.parseBool(unhex(f[1]))
            XCTAssertEqual(b, f[2] == "true")
            XCTAssertEqual(errorText(e), unhex(f[3]))
        }
        for f in cases("FormatInt") {
            let v = Int64(f[1])!, base = Int(f[2])!
            XCTAssertEqual(GoStrconv.formatInt(v, base: base), String(f[3]))
            XCTAssertEqual(GoStrconv.formatUint(UInt64(bitPattern: v), base: base), String(f[4]))
        }
        XCTAssertEqual(GoStrconv.itoa(-42), "-42")
    }

    /// `Fixtures/parse_float.txt`: random long, near-halfway and hexadecimal literals parsed by
    /// Go at both sizes, and 'f' formatting of extreme magnitudes.
    func testRandomLiteralsAgainstGo() {
        let lines = Fixture.lines("parse_float.txt").map { $0.split(separator: " ") }
        XCTAssertGreaterThan(lines.count, 1500)
        for f in lines {
            if f[0] == "P" {
                let s = String(f[1])
                let (v64, e64) = GoStrconv.parseFloat(s, bitSize: 64)
                XCTAssertEqual(v64.bitPattern, UInt64(f[2], radix: 16)!, "ParseFloat(\(s), 64)")
                XCTAssertEqual(e64 != nil, f[3] == "true", "ParseFloat(\(s), 64) error")
                let (v32, e32) = GoStrconv.parseFloat(s, bitSize: 32)
                XCTAssertEqual(v32.bitPattern, UInt64(f[4], radix: 16)!, "ParseFloat(\(s), 32)")
                XCTAssertEqual(e32 != nil, f[5] == "true", "ParseFloat(\(s), 32) error")
            } else {
                let v = Double(bitPattern: UInt64(f[1], radix: 16)!)
                XCTAssertEqual(GoStrconv.formatFloat(v, "f", Int(f[2])!, 64), String(f[3]))
            }
        }
    }
}
