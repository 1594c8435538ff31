import XCTest
@testable import GoStdlibCore

final class FormatFloatTests: XCTestCase {
    private func ff(_ v: Double, _ f: Character, _ p: Int, _ bits: Int = 64) -> String {
        GoStrconv.formatFloat(v, f, p, bits)
    }

    func testDocumentedExamples() {
        XCTAssertEqual(ff(0.1, "g", -1), "0.1")
        XCTAssertEqual(ff(3.1415926535, "E", -1, 32), "3.1415927E+00")
        XCTAssertEqual(ff(3.1415926535, "E", -1, 64), "3.1415926535E+00")
        XCTAssertEqual(ff(1.0 / 3, "e", -1, 32), "3.3333334e-01")
        XCTAssertEqual(ff(1.0 / 3, "e", -1, 64), "3.333333333333333e-01")
        XCTAssertEqual(ff(1e21, "g", -1), "1e+21")
        XCTAssertEqual(ff(123456, "g", -1), "123456")
        XCTAssertEqual(ff(1234567, "g", -1), "1.234567e+06")
        XCTAssertEqual(ff(-0.0, "g", -1), "-0")
        XCTAssertEqual(ff(.infinity, "f", 2), "+Inf")
        XCTAssertEqual(ff(-.infinity, "g", -1), "-Inf")
        XCTAssertEqual(ff(.nan, "e", 3), "NaN")
        XCTAssertEqual(ff(1, "b", -1), "4503599627370496p-52")
        XCTAssertEqual(ff(0, "b", -1), "0p-1074")
        XCTAssertEqual(ff(1, "x", -1), "0x1p+00")
        XCTAssertEqual(ff(2.5, "f", 0), "2")
        XCTAssertEqual(ff(3.5, "f", 0), "4")
        XCTAssertEqual(ff(0.5, "f", 0), "0")
        XCTAssertEqual(ff(0.1, "f", 30), "0.100000000000000005551115123126")
        XCTAssertEqual(ff(1, "z", 2), "%z")
    }

    /// Every line of the fixture is `bits bitSize fmt prec expected`, produced by Go's FormatFloat.
    func testAgainstGoReferenceOutputs() {
        let lines = Fixture.lines("format_float.txt")
        XCTAssertGreaterThan(lines.count, 10000)
        var failures = 0
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 4).map(String.init)
            let v = Double(bitPattern: UInt64(parts[0], radix: 16)!)
            let got = GoStrconv.formatFloat(v, format: parts[2].utf8.first!, precision: Int(parts[3])!, bitSize: Int(parts[1])!)
            if got != parts[4] {
                failures += 1
                if failures < 20 { XCTFail("\(line) → got \(got)") }
            }
        }
        XCTAssertEqual(failures, 0)
    }

    /// Splits Swift's `description` into significant digits and decimal exponent.
    private func swiftDigits(_ s: String) -> (String, Int) {
        var mantissa = s, exp = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(s[..<e]); exp = Int(s[s.index(after: e)...])!
        }
        if mantissa.hasPrefix("-") { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let intPart = String(parts[0]), frac = parts.count > 1 ? String(parts[1]) : ""
        var all = intPart + frac
        var point = intPart.count + exp
        while all.hasPrefix("0") { all.removeFirst(); point -= 1 }
        while all.hasSuffix("0") { all.removeLast() }
        if all.isEmpty { point = 0 }
        return (all, point)
    }

    private func goDigits(_ s: String) -> (String, Int) {
        // 'e' format: d.ddde±xx
        let e = s.firstIndex(of: "e")!
        var mantissa = String(s[..<e])
        if mantissa.hasPrefix("-") { mantissa.removeFirst() }
        let exp = Int(s[s.index(after: e)...])!
        var digits = mantissa.replacingOccurrences(of: ".", with: "")
        while digits.hasSuffix("0") { digits.removeLast() }
        return (digits, digits.isEmpty ? 0 : exp + 1)
    }

    func testShortestRoundTripsAndIsMinimalForRandomDoubles() {
        var rng = SystemRandomNumberGenerator()
        for i in 0..<8000 {
            let v = Double(bitPattern: rng.next())
            if !v.isFinite { continue }
            let text = ff(v, "e", -1)
            XCTAssertEqual(Double(text), v, "round trip \(text)")
            let ours = goDigits(text), swift = swiftDigits(v.description)
            XCTAssertEqual(ours.0.count, swift.0.count, "minimal length for \(v): \(text)")
            XCTAssertTrue(ours == swift, "digits of \(v): \(text) vs \(v.description)")
            if i % 4 == 0 {
                let g = ff(v, "g", -1)
                XCTAssertEqual(Double(g), v)
            }
        }
    }

    func testShortestRoundTripsAndIsMinimalForRandomFloats() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<8000 {
            let f = Float(bitPattern: UInt32(truncatingIfNeeded: rng.next()))
            if !f.isFinite { continue }
            let text = ff(Double(f), "e", -1, 32)
            XCTAssertEqual(Float(text), f, "round trip \(text)")
            let ours = goDigits(text), swift = swiftDigits(f.description)
            XCTAssertTrue(ours == swift, "digits of \(f): \(text) vs \(f.description)")
        }
    }
}
