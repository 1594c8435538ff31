import XCTest
@testable import GoInterpreter

final class TypesBigIntTests: XCTestCase {
    private func factorial(_ n: Int) -> BigInt {
        var result = BigInt.one
        for i in 1...n { result *= BigInt(i) }
        return result
    }

    func testFactorials() {
        XCTAssertEqual(factorial(20).description, "2432902008176640000")
        XCTAssertEqual(factorial(30).description, "265252859812191058636308480000000")
        XCTAssertEqual(factorial(50).description,
                       "30414093201713378043612608166064768844377641568960512000000000000")
        // 50!/48! == 50*49
        XCTAssertEqual(factorial(50) / factorial(48), BigInt(2450))
        XCTAssertTrue((factorial(50) % factorial(48)).isZero)
    }

    func testPowersOfTwo() {
        XCTAssertEqual(BigInt.powerOfTwo(64).description, "18446744073709551616")
        XCTAssertEqual(BigInt.powerOfTwo(200).description,
                       "1606938044258990275541962092341162602522202993782792835301376")
        XCTAssertEqual(BigInt(2).power(200), BigInt.powerOfTwo(200))
        XCTAssertEqual(BigInt.powerOfTwo(200).bitLength, 201)
        XCTAssertEqual(BigInt.powerOfTwo(200).toString(radix: 16), "1" + String(repeating: "0", count: 50))
        XCTAssertEqual(BigInt.powerOfTwo(200) >> 199, BigInt(2))
    }

    func testTruncatedDivisionSigns() {
        let cases: [(Int64, Int64, Int64, Int64)] = [
            (7, 2, 3, 1), (-7, 2, -3, -1), (7, -2, -3, 1), (-7, -2, 3, -1), (0, 5, 0, 0), (6, 3, 2, 0),
        ]
        for (a, b, q, r) in cases {
            let result = BigInt(a).quotientAndRemainder(dividingBy: BigInt(b))!
            XCTAssertEqual(result.quotient, BigInt(q), "\(a)/\(b)")
            XCTAssertEqual(result.remainder, BigInt(r), "\(a)%\(b)")
        }
        XCTAssertNil(BigInt(1).quotientAndRemainder(dividingBy: .zero))
    }

    func testLargeDivisionIdentity() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let a = randomBig(limbs: Int.random(in: 1...12, using: &generator), using: &generator)
            let b = randomBig(limbs: Int.random(in: 1...7, using: &generator), using: &generator)
            guard !b.isZero else { continue }
            let (q, r) = a.quotientAndRemainder(dividingBy: b)!
            XCTAssertEqual(q * b + r, a)
            XCTAssertTrue(r.absolute < b.absolute)
            XCTAssertTrue(r.isZero || r.isNegative == a.isNegative)
        }
        // A case that needs Knuth's add-back step (divisor with a small top limb pattern).
        let n = BigInt("340282366920938463463374607431768211455")!   // 2^128 - 1
        let d = BigInt("18446744073709551617")!                      // 2^64 + 1
        XCTAssertEqual(n / d, BigInt("18446744073709551615")!)
        XCTAssertEqual(n % d, BigInt.zero)
    }

    func testAgainstMachineArithmetic() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let a = Int64.random(in: -3_000_000_000...3_000_000_000, using: &generator)
            let b = Int64.random(in: -3_000_000_000...3_000_000_000, using: &generator)
            XCTAssertEqual(BigInt(a) + BigInt(b), BigInt(a + b))
            XCTAssertEqual(BigInt(a) - BigInt(b), BigInt(a - b))
            XCTAssertEqual(BigInt(a) * BigInt(b), BigInt(a * b))
            if b != 0 {
                XCTAssertEqual(BigInt(a) / BigInt(b), BigInt(a / b))
                XCTAssertEqual(BigInt(a) % BigInt(b), BigInt(a % b))
            }
            XCTAssertEqual(BigInt(a) & BigInt(b), BigInt(a & b))
            XCTAssertEqual(BigInt(a) | BigInt(b), BigInt(a | b))
            XCTAssertEqual(BigInt(a) ^ BigInt(b), BigInt(a ^ b))
            XCTAssertEqual(BigInt(a).andNot(BigInt(b)), BigInt(a & ~b))
            XCTAssertEqual(BigInt(a) >> 7, BigInt(a >> 7))
            XCTAssertEqual(BigInt(a).bitwiseComplement, BigInt(~a))
            XCTAssertEqual(BigInt.compare(BigInt(a), BigInt(b)), a < b ? -1 : (a == b ? 0 : 1))
            XCTAssertEqual(BigInt(a).int64Value, a)
            XCTAssertEqual(BigInt(String(a))!, BigInt(a))
        }
    }

    func testParsingAndPrinting() {
        XCTAssertEqual(BigInt("ff", radix: 16), BigInt(255))
        XCTAssertEqual(BigInt("-1_000_000"), BigInt(-1_000_000))
        XCTAssertNil(BigInt("12a"))
        XCTAssertNil(BigInt("-"))
        XCTAssertEqual(BigInt(-255).toString(radix: 16), "-ff")
        XCTAssertEqual(BigInt.zero.description, "0")
        let big = "123456789012345678901234567890123456789012345678901234567890"
        XCTAssertEqual(BigInt(big)!.description, big)
        XCTAssertEqual(BigInt("-" + big)!.description, "-" + big)
    }

    func testShiftsAndRanges() {
        XCTAssertEqual(BigInt(-5) >> 1, BigInt(-3))
        XCTAssertEqual(BigInt(-4) >> 1, BigInt(-2))
        XCTAssertEqual(BigInt(-1) >> 100, BigInt(-1))
        XCTAssertEqual((BigInt(1) << 100) >> 100, BigInt(1))
        XCTAssertEqual(BigInt(Int64.min).int64Value, Int64.min)
        XCTAssertNil((BigInt(Int64.max) + .one).int64Value)
        XCTAssertEqual((BigInt(Int64.max) + .one).uint64Value, UInt64(Int64.max) + 1)
        XCTAssertNil(BigInt(-1).uint64Value)
        XCTAssertEqual(BigInt(-1).truncatedBits, UInt64.max)
        XCTAssertEqual(BigInt.greatestCommonDivisor(BigInt(48), BigInt(-36)), BigInt(12))
    }

    private func randomBig(limbs: Int, using generator: inout SystemRandomNumberGenerator) -> BigInt {
        var result = BigInt.zero
        for _ in 0..<limbs {
            // Bias toward extreme limb values, where carries and estimates go wrong.
            let limb: UInt32 = [0, UInt32.max, 0x8000_0000, UInt32.random(in: 0...UInt32.max, using: &generator)].randomElement(using: &generator)!
            result = result.shiftedLeft(32) + BigInt(UInt64(limb))
        }
        return Bool.random(using: &generator) ? result.negated : result
    }
}
