import XCTest
@testable import GoInterpreter

/// Complex numbers where the conformance programs cannot look: the runtime's print format on
/// stderr, panic values, and the division algorithm's special cases directly.
final class RunComplexTests: XCTestCase {
    func testPrintBuiltinUsesRuntimeFormat() {
        let r = GoInterpreter().run(source: "package main\n\nfunc main() {\n\tvar z float64\n\tprintln(1.5, -z, 1e100, 3+4i, 123456789.0)\n}\n")
        XCTAssertEqual(r.exitStatus, 0)
        XCTAssertEqual(r.stderr, "+1.500000e+000 -0.000000e+000 +1.000000e+100 (+3.000000e+000+4.000000e+000i) +1.234568e+008\n")
    }

    func testFloatAndComplexPanicValues() {
        let c = GoInterpreter().run(source: "package main\n\nfunc main() {\n\tpanic(1 - 2i)\n}\n")
        XCTAssertTrue(c.stderr.hasPrefix("panic: (+1.000000e+000-2.000000e+000i)\n"), c.stderr)
        let f = GoInterpreter().run(source: "package main\n\ntype Celsius float64\n\nfunc main() {\n\tpanic(Celsius(36.6))\n}\n")
        XCTAssertTrue(f.stderr.hasPrefix("panic: main.Celsius(+3.660000e+001)\n"), f.stderr)
    }

    func testDivisionSpecialCases() {
        func div(_ a: (Double, Double), _ b: (Double, Double)) -> (Double, Double) {
            let q = ComplexArithmetic.divide(ComplexVal(a.0, a.1), ComplexVal(b.0, b.1))
            return (q.re, q.im)
        }
        XCTAssertEqual(div((1, 2), (3, -4)).0, -0.2, accuracy: 1e-16)
        let byZero = div((1, 1), (0, 0))
        XCTAssertEqual(byZero.0, .infinity)
        XCTAssertEqual(byZero.1, .infinity)
        XCTAssertTrue(div((0, 0), (0, 0)).0.isNaN)
        let negative = div((-2, 0), (0, 0))
        XCTAssertEqual(negative.0, -.infinity)
        XCTAssertTrue(negative.1.isNaN)
        let infinite = div((.infinity, .infinity), (1, 0))
        XCTAssertEqual(infinite.0, .infinity)
        XCTAssertEqual(infinite.1, .infinity)
        let tiny = div((1, 1), (.infinity, .infinity))
        XCTAssertEqual(tiny.0, 0)
        XCTAssertEqual(tiny.1, 0)
    }

    func testComplex64RoundsEveryOperation() {
        let r = GoInterpreter().run(source: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar s complex64\n\tfor i := 0; i < 10; i++ {\n\t\ts += 0.1\n\t}\n\tfmt.Println(s, real(s) == 1)\n}\n")
        XCTAssertEqual(r.stdout, "(1.0000001+0i) false\n")
    }
}
