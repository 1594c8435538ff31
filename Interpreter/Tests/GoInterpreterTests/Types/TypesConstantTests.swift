import XCTest
@testable import GoInterpreter

final class TypesConstantTests: XCTestCase {
    private func lit(_ text: String, _ kind: Token) -> ConstantValue { ConstantValue.literal(text, kind: kind)! }

    func testIntegerLiterals() {
        XCTAssertEqual(lit("42", .int), .int(42))
        XCTAssertEqual(lit("0x_FF", .int), .int(255))
        XCTAssertEqual(lit("0b101", .int), .int(5))
        XCTAssertEqual(lit("0o17", .int), .int(15))
        XCTAssertEqual(lit("017", .int), .int(15))
        XCTAssertEqual(lit("1_000_000", .int), .int(1_000_000))
        XCTAssertEqual(lit("0", .int), .int(0))
        XCTAssertEqual(lit("123456789012345678901234567890", .int).description, "123456789012345678901234567890")
    }

    func testFloatLiteralsAreExact() throws {
        XCTAssertEqual(lit("0x1p-2", .float).doubleValue, 0.25)
        XCTAssertEqual(lit("0x1.8p1", .float).doubleValue, 3)
        XCTAssertEqual(lit("1e3", .float).kind, .float)
        XCTAssertEqual(lit("1e3", .float).toInt(), .int(1000))
        XCTAssertEqual(lit(".5", .float).doubleValue, 0.5)
        XCTAssertEqual(lit("1_5.2_5", .float).doubleValue, 15.25)
        // 0.1 + 0.2 == 0.3 exactly for constants, unlike float64 arithmetic.
        let sum = try ConstantValue.binary(lit("0.1", .float), .add, lit("0.2", .float))
        XCTAssertTrue(try ConstantValue.compare(sum, .eql, lit("0.3", .float)))
        XCTAssertNotEqual(0.1 + 0.2, 0.3)
    }

    func testRuneStringAndImaginaryLiterals() {
        XCTAssertEqual(lit("'a'", .char), .int(97))
        XCTAssertEqual(lit("'\\n'", .char), .int(10))
        XCTAssertEqual(lit("'\\377'", .char), .int(255))
        XCTAssertEqual(lit("'\\x41'", .char), .int(65))
        XCTAssertEqual(lit("'\\u00e9'", .char), .int(233))
        XCTAssertEqual(lit("'é'", .char), .int(233))
        XCTAssertEqual(lit("'\\''", .char), .int(39))
        XCTAssertEqual(lit("\"a\\tb\\\"\"", .string), .string("a\tb\""))
        XCTAssertEqual(lit("\"\\xff\"", .string), .string([0xFF]))
        XCTAssertEqual(lit("\"\\u00e9\"", .string), .string("é"))
        XCTAssertEqual(lit("`raw\\n`", .string), .string("raw\\n"))
        XCTAssertEqual(lit("2i", .imag), .complex(real: .int(0), imaginary: .int(2)))
        XCTAssertEqual(lit("0123i", .imag).imaginary, .int(123))
        XCTAssertEqual(lit("1.5i", .imag).imaginary.doubleValue, 1.5)
    }

    func testRuntimeRegisters() {
        XCTAssertEqual(ConstantValue.uint(UInt64.max).integerRegister, -1)
        XCTAssertEqual(ConstantValue.int(-5).integerRegister, -5)
        XCTAssertEqual(lit("2.0", .float).integerRegister, 2)
        XCTAssertNil(lit("2.5", .float).integerRegister)
        XCTAssertEqual(lit("1.5i", .imag).complexValue?.imaginary, 1.5)
        XCTAssertEqual(ConstantValue.int(3).complexValue?.real, 3)
        XCTAssertNil(ConstantValue.string("x").complexValue)
    }

    func testExtremeLiterals() throws {
        XCTAssertEqual(lit("1e5000", .float).doubleValue, .infinity)
        XCTAssertEqual(lit("1e-5000", .float).doubleValue, 0)
        XCTAssertNil(lit("1e5000", .float).rounded(to: .float64))
        XCTAssertEqual(lit("0x1p-1074", .float).rounded(to: .float64)?.doubleValue, Double.leastNonzeroMagnitude)
        XCTAssertThrowsError(try ConstantValue.shift(.int(1), .shl, 1 << 40))
    }

    func testArithmetic() throws {
        let seven = ConstantValue.int(7), two = ConstantValue.int(2)
        XCTAssertEqual(try ConstantValue.binary(seven, .quo, two, integerDivision: true), .int(3))
        XCTAssertEqual(try ConstantValue.binary(.int(-7), .quo, two, integerDivision: true), .int(-3))
        XCTAssertEqual(try ConstantValue.binary(.int(-7), .rem, two), .int(-1))
        let exact = try ConstantValue.binary(seven, .quo, two)
        XCTAssertEqual(exact.kind, .float)
        XCTAssertEqual(exact.description, "3.5")
        let third = try ConstantValue.binary(.int(1), .quo, .int(3))
        XCTAssertEqual(try ConstantValue.binary(third, .mul, .int(3)).toInt(), .int(1))
        XCTAssertThrowsError(try ConstantValue.binary(seven, .quo, .int(0))) { XCTAssertEqual($0 as? ConstantError, .divisionByZero) }
        XCTAssertThrowsError(try ConstantValue.binary(seven, .rem, .int(0)))
        XCTAssertThrowsError(try ConstantValue.binary(lit("1.5", .float), .quo, lit("0.0", .float)))
        XCTAssertEqual(try ConstantValue.binary(.string("ab"), .add, .string("c")), .string("abc"))
        XCTAssertEqual(try ConstantValue.binary(.bool(true), .land, .bool(false)), .bool(false))
        XCTAssertEqual(try ConstantValue.binary(.int(6), .andNot, .int(3)), .int(4))
        // Mixed kinds promote: 1 + 0.5 is a float constant.
        XCTAssertEqual(try ConstantValue.binary(.int(1), .add, lit("0.5", .float)).doubleValue, 1.5)
    }

    func testComplexArithmetic() throws {
        let a = ConstantValue.complex(.int(1), .int(2)), b = ConstantValue.complex(.int(3), .int(-1))
        let product = try ConstantValue.binary(a, .mul, b)   // (1+2i)(3-i) = 5 + 5i
        XCTAssertEqual(product.real.toInt(), .int(5))
        XCTAssertEqual(product.imaginary.toInt(), .int(5))
        let quotient = try ConstantValue.binary(product, .quo, b)
        XCTAssertTrue(try ConstantValue.compare(quotient, .eql, a))
        XCTAssertEqual(a.description, "(1 + 2i)")
        XCTAssertThrowsError(try ConstantValue.binary(a, .quo, .complex(.int(0), .int(0))))
        XCTAssertEqual(ConstantValue.complex(.int(2), .int(0)).rounded(to: .int), .int(2))
    }

    func testUnaryAndShifts() throws {
        XCTAssertEqual(try ConstantValue.unary(.sub, .int(5)), .int(-5))
        XCTAssertEqual(try ConstantValue.unary(.xor, .int(1)), .int(-2))
        XCTAssertEqual(try ConstantValue.unary(.xor, .int(1), unsignedBits: 8), .int(254))
        XCTAssertEqual(try ConstantValue.unary(.not, .bool(true)), .bool(false))
        XCTAssertEqual(try ConstantValue.shift(.int(1), .shl, 100).description, "1267650600228229401496703205376")
        XCTAssertEqual(try ConstantValue.shift(.int(-5), .shr, 1), .int(-3))
        XCTAssertEqual(try ConstantValue.shift(lit("4.0", .float), .shr, 1), .int(2))
        XCTAssertThrowsError(try ConstantValue.shift(lit("4.5", .float), .shl, 1))
    }

    func testComparisons() throws {
        XCTAssertTrue(try ConstantValue.compare(.int(1), .lss, .int(2)))
        XCTAssertTrue(try ConstantValue.compare(.string("abc"), .lss, .string("abd")))
        XCTAssertTrue(try ConstantValue.compare(.int(2), .eql, lit("2.0", .float)))
        XCTAssertFalse(try ConstantValue.compare(lit("0.1", .float), .geq, lit("0.2", .float)))
        XCTAssertThrowsError(try ConstantValue.compare(.bool(true), .lss, .bool(false)))
    }

    func testRepresentability() {
        XCTAssertNil(ConstantValue.int(300).rounded(to: .int8))
        XCTAssertEqual(ConstantValue.int(127).rounded(to: .int8), .int(127))
        XCTAssertEqual(ConstantValue.int(-128).rounded(to: .int8), .int(-128))
        XCTAssertNil(ConstantValue.int(-129).rounded(to: .int8))
        XCTAssertEqual(ConstantValue.int(255).rounded(to: .uint8), .int(255))
        XCTAssertNil(ConstantValue.int(256).rounded(to: .uint8))
        XCTAssertNil(ConstantValue.int(-1).rounded(to: .uint))
        XCTAssertNotNil(ConstantValue.uint(UInt64.max).rounded(to: .uint64))
        XCTAssertNil(ConstantValue.uint(UInt64.max).rounded(to: .int64))
        XCTAssertNil(lit("1.5", .float).rounded(to: .int))
        XCTAssertEqual(lit("2.0", .float).rounded(to: .int), .int(2))
        XCTAssertEqual(lit("1e100", .float).rounded(to: .untypedInt)?.description, "1" + String(repeating: "0", count: 100))
        XCTAssertNil(lit("1e100", .float).rounded(to: .float32))
        XCTAssertNotNil(lit("1e38", .float).rounded(to: .float32))
        XCTAssertNil(lit("1e309", .float).rounded(to: .float64))
        XCTAssertNil(ConstantValue.string("a").rounded(to: .int))
        XCTAssertNil(ConstantValue.int(1).rounded(to: .string))
        XCTAssertNil(ConstantValue.complex(.int(1), .int(1)).rounded(to: .float64))
        XCTAssertEqual(ConstantValue.int(65).converted(to: .string, from: .untypedInt), .string("A"))
        XCTAssertEqual(ConstantValue.int(-1).converted(to: .string, from: .untypedInt), .string("\u{FFFD}"))
    }

    func testFloatRounding() {
        XCTAssertEqual(lit("0.1", .float).rounded(to: .float64)?.doubleValue, 0.1)
        XCTAssertEqual(lit("0.1", .float).rounded(to: .float32)?.doubleValue, Double(Float(0.1)))
        XCTAssertEqual(lit("3.4028234663852886e38", .float).rounded(to: .float32)?.doubleValue, Double(Float.greatestFiniteMagnitude))
        // Subnormals round correctly too.
        XCTAssertEqual(lit("5e-324", .float).rounded(to: .float64)?.doubleValue, Double.leastNonzeroMagnitude)
        XCTAssertEqual(lit("1e-400", .float).rounded(to: .float64)?.doubleValue, 0)
        XCTAssertEqual(lit("1.4e-45", .float).rounded(to: .float32)?.doubleValue, Double(Float.leastNonzeroMagnitude))
        // 1 + 2^-24 + 2^-54 lies just above a float32 tie: rounding straight from the exact
        // value gives 1 + 2^-23, while rounding through float64 first would give 1.
        let justAboveTie = lit("0x1.000001p0", .float)
        let value = (try? ConstantValue.binary(justAboveTie, .add, lit("0x1p-54", .float)))!
        XCTAssertEqual(value.rounded(to: .float32)?.doubleValue, 1 + 0x1p-23)
        XCTAssertEqual(Double(Float(1 + 0x1p-24 + 0x1p-54)), 1)
        // Ties go to even.
        XCTAssertEqual(lit("0x1.000001p0", .float).rounded(to: .float32)?.doubleValue, 1)
        XCTAssertEqual(lit("0x1.000003p0", .float).rounded(to: .float32)?.doubleValue, 1 + 0x1p-22)
        // Agrees with the platform's correctly rounded parser on many decimal inputs.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let text = "\(Int.random(in: 1...999_999, using: &generator)).\(Int.random(in: 0...999_999, using: &generator))e\(Int.random(in: -40...38, using: &generator))"
            XCTAssertEqual(lit(text, .float).rounded(to: .float64)?.doubleValue, Double(text), text)
            XCTAssertEqual(lit(text, .float).rounded(to: .float32)?.doubleValue, Float(text).flatMap { $0.isFinite ? Double($0) : nil }, text)
        }
    }

    func testConstantStrings() {
        XCTAssertEqual(lit("1e100", .float).description, "1e+100")
        XCTAssertEqual(lit("0.1", .float).description, "0.1")
        XCTAssertEqual(lit("3.0", .float).description, "3")
        XCTAssertEqual((try? ConstantValue.binary(.int(1), .quo, .int(3)))!.description, "0.333333")
        XCTAssertEqual(lit("1.0000001", .float).description, "1.0000001")
        XCTAssertEqual(lit("123456789.0", .float).description, "1.23457e+08")
        XCTAssertEqual(lit("1e400", .float).description, "1e+400")
        XCTAssertEqual(ConstantValue.bool(true).description, "true")
        XCTAssertEqual(ConstantValue.string("a\"b\n").description, "\"a\\\"b\\n\"")
        let long = ConstantValue.string(String(repeating: "x", count: 100)).description
        XCTAssertEqual(long, "\"" + String(repeating: "x", count: 68) + "...")
        XCTAssertEqual(ConstantValue.complex(.int(1), .int(-2)).description, "(1 + -2i)")
    }

    func testGoShortestFloatText() {
        XCTAssertEqual(GoFloatText.shortestG(1.0000001), "1.0000001")
        XCTAssertEqual(GoFloatText.shortestG(123456789.5), "1.234567895e+08")
        XCTAssertEqual(GoFloatText.shortestG(100000), "100000")
        XCTAssertEqual(GoFloatText.shortestG(1e6), "1e+06")
        XCTAssertEqual(GoFloatText.shortestG(0.0001), "0.0001")
        XCTAssertEqual(GoFloatText.shortestG(0.00001), "1e-05")
        XCTAssertEqual(GoFloatText.shortestG(-2.5), "-2.5")
    }

    func testGcMessages() {
        XCTAssertEqual(
            ConstantDiagnostics.cannotUse("300", value: .int(300), type: .untypedInt, as: .int8, context: "assignment"),
            "cannot use 300 (untyped int constant) as int8 value in assignment (overflows)")
        XCTAssertEqual(
            ConstantDiagnostics.cannotUse("x", value: lit("1.5", .float), type: .untypedFloat, as: .int, context: "variable declaration"),
            "cannot use x (untyped float constant 1.5) as int value in variable declaration (truncated)")
        XCTAssertEqual(
            ConstantDiagnostics.cannotUse("\"a\"", value: .string("a"), type: .untypedString, as: .int, context: "assignment"),
            "cannot use \"a\" (untyped string constant) as int value in assignment")
        XCTAssertEqual(ConstantDiagnostics.cannotConvert("256", value: .int(256), type: .untypedInt, to: .byte),
                       "constant 256 overflows byte")
        XCTAssertEqual(ConstantDiagnostics.cannotConvert("1.5", value: lit("1.5", .float), type: .untypedFloat, to: .int),
                       "cannot convert 1.5 (untyped float constant) to type int")
        XCTAssertEqual(ConstantDiagnostics.cannotConvert("\"a\"", value: .string("a"), type: .untypedString, to: .int),
                       "cannot convert \"a\" (untyped string constant) to type int")
        XCTAssertEqual(ConstantDiagnostics.cannotConvert("300", value: .int(300), type: .untypedInt, to: .int8),
                       "constant 300 overflows int8")
        XCTAssertEqual(ConstantDiagnostics.typedOverflow("c + 1", value: .int(256), type: .uint8),
                       "c + 1 (constant 256 of type uint8) overflows uint8")
        XCTAssertEqual(ConstantDiagnostics.divisionByZero, "invalid operation: division by zero")
        XCTAssertEqual(ConstantDiagnostics.untypedOverflow(.int(BigInt.powerOfTwo(600)), operator: .shl), "constant shift overflow")
        XCTAssertNil(ConstantDiagnostics.untypedOverflow(.int(BigInt.powerOfTwo(500)), operator: .shl))
    }
}
