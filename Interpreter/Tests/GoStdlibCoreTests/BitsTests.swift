import XCTest
@testable import GoStdlibCore

final class BitsTests: XCTestCase {
    func testCountsAndLengths() {
        XCTAssertEqual(GoBits.leadingZeros64(1), 63)
        XCTAssertEqual(GoBits.leadingZeros64(0), 64)
        XCTAssertEqual(GoBits.leadingZeros8(1), 7)
        XCTAssertEqual(GoBits.trailingZeros32(0), 32)
        XCTAssertEqual(GoBits.trailingZeros16(8), 3)
        XCTAssertEqual(GoBits.onesCount64(0xFF00FF), 16)
        XCTAssertEqual(GoBits.len64(0), 0)
        XCTAssertEqual(GoBits.len32(8), 4)
        XCTAssertEqual(GoBits.len8(255), 8)
    }

    func testRotateAndReverse() {
        XCTAssertEqual(GoBits.rotateLeft8(0b0000_1111, 2), 0b0011_1100)
        XCTAssertEqual(GoBits.rotateLeft8(0b0000_1111, -2), 0b1100_0011)
        XCTAssertEqual(GoBits.rotateLeft32(1, 33), 2)
        XCTAssertEqual(GoBits.rotateLeft64(1, -1), 1 << 63)
        XCTAssertEqual(GoBits.rotateLeft16(0x8001, 1), 0x0003)
        XCTAssertEqual(GoBits.reverse8(0b0001_0011), 0b1100_1000)
        XCTAssertEqual(GoBits.reverse16(0x0001), 0x8000)
        XCTAssertEqual(GoBits.reverse32(0x0000_00F1), 0x8F00_0000)
        XCTAssertEqual(GoBits.reverse64(1), 1 << 63)
        XCTAssertEqual(GoBits.reverseBytes32(0x0102_0304), 0x0403_0201)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<1000 {
            let x = rng.next() as UInt64
            XCTAssertEqual(GoBits.reverse64(GoBits.reverse64(x)), x)
            var naive: UInt64 = 0
            for i in 0..<64 where x & (1 << UInt64(i)) != 0 { naive |= 1 << UInt64(63 - i) }
            XCTAssertEqual(GoBits.reverse64(x), naive)
            let k = Int.random(in: -130...130, using: &rng)
            XCTAssertEqual(GoBits.rotateLeft64(GoBits.rotateLeft64(x, k), -k), x)
        }
    }

    func testArithmetic() throws {
        XCTAssertTrue(GoBits.add64(.max, 1, 0) == (0, 1))
        XCTAssertTrue(GoBits.add64(.max, 0, 1) == (0, 1))
        XCTAssertTrue(GoBits.add64(1, 2, 1) == (4, 0))
        XCTAssertTrue(GoBits.add32(.max, .max, 1) == (.max, 1))
        XCTAssertTrue(GoBits.sub64(0, 1, 0) == (.max, 1))
        XCTAssertTrue(GoBits.sub64(5, 3, 1) == (1, 0))
        XCTAssertTrue(GoBits.sub32(0, 0, 1) == (.max, 1))
        XCTAssertTrue(GoBits.mul64(.max, .max) == (.max - 1, 1))
        XCTAssertTrue(GoBits.mul32(0x8000_0000, 4) == (2, 0))
        XCTAssertTrue(try GoBits.div64(1, 0, 2) == (1 << 63, 0))
        XCTAssertTrue(try GoBits.div32(0, 7, 2) == (3, 1))
        XCTAssertThrowsError(try GoBits.div64(0, 1, 0)) { XCTAssertEqual(($0 as? GoPanic)?.message, "runtime error: integer divide by zero") }
        XCTAssertThrowsError(try GoBits.div64(2, 1, 2)) { XCTAssertEqual(($0 as? GoPanic)?.message, "runtime error: integer overflow") }
        // 2^64 ≡ 1 (mod 3), so (5·2^64 + 7) mod 3 = 12 mod 3 = 0; and mod 5 it is 12 mod 5 = 2.
        XCTAssertEqual(try GoBits.rem64(5, 7, 3), 0)
        XCTAssertEqual(try GoBits.rem64(5, 7, 5), 2)
    }
}
