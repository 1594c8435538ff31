import XCTest
@testable import GoStdlibCore

final class ComplexParsingTests: XCTestCase {
    private func parse(_ s: String, _ bits: Int = 128) -> (Double, Double, GoNumError.Reason?) {
        let r = GoStrconv.parseComplex(Array(s.utf8), bitSize: bits)
        return (r.real, r.imaginary, r.error?.reason)
    }

    func testForms() {
        XCTAssertTrue(parse("1.5-2i") == (1.5, -2, nil))
        XCTAssertTrue(parse("(7)") == (7, 0, nil))
        XCTAssertTrue(parse("-3i") == (0, -3, nil))
        XCTAssertTrue(parse("1e+2+1e-2i") == (100, 0.01, nil))
        XCTAssertTrue(parse("0x1p1+0x1p-1i") == (2, 0.5, nil))
    }

    func testSpecialValues() {
        let infNaN = parse("Inf+NaNi")
        XCTAssertEqual(infNaN.0, .infinity)
        XCTAssertTrue(infNaN.1.isNaN)
        XCTAssertEqual(parse("-infinity").0, -.infinity)
        XCTAssertEqual(parse("1-Infi").1, -.infinity)
        XCTAssertEqual(parse("1-NaNi").2, .syntax)
    }

    func testErrors() {
        for bad in ["", "i", "1+2", "1++2i", "(1+2i", "1 +2i", "1+2ii", "1e+2i+"] {
            XCTAssertEqual(parse(bad).2, .syntax, bad)
        }
        let big = parse("1e400-1i")
        XCTAssertEqual(big.0, .infinity)
        XCTAssertEqual(big.2, .range)
        XCTAssertEqual(parse("1e39+0i", 64).2, .range)
    }
}
