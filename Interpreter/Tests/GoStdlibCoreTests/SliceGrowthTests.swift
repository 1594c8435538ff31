import XCTest
@testable import GoStdlibCore

/// Capacities gc's append produces (runtime.growslice with the allocator's size classes).
final class SliceGrowthTests: XCTestCase {
    func testRoundUpSizeUsesSizeClasses() {
        XCTAssertEqual(GoSliceGrowth.roundUpSize(1), 8)
        XCTAssertEqual(GoSliceGrowth.roundUpSize(40), 48)
        XCTAssertEqual(GoSliceGrowth.roundUpSize(129), 144)
        XCTAssertEqual(GoSliceGrowth.roundUpSize(32768), 32768)
        XCTAssertEqual(GoSliceGrowth.roundUpSize(32769), 40960)   // large objects: whole 8 KiB pages
    }

    func testPointerfulObjectsAbove512BytesPayForAHeader() {
        XCTAssertEqual(GoSliceGrowth.roundUpSize(512, noscan: false), 512)
        XCTAssertEqual(GoSliceGrowth.roundUpSize(1024, noscan: false), 1144)
        XCTAssertEqual(GoSliceGrowth.roundUpSize(1024, noscan: true), 1024)
    }

    func testAppendCapacities() {
        // append(nil []byte, 1 byte) and append([]int{}, 5 ints)
        XCTAssertEqual(GoSliceGrowth.grownCapacity(newLength: 1, oldCapacity: 0, elementSize: 1), 8)
        XCTAssertEqual(GoSliceGrowth.grownCapacity(newLength: 5, oldCapacity: 0, elementSize: 8), 6)
        // Doubling below 256 elements, then about 1.25x plus 192.
        XCTAssertEqual(GoSliceGrowth.grownCapacity(newLength: 129, oldCapacity: 128, elementSize: 8), 256)
        XCTAssertEqual(GoSliceGrowth.grownCapacity(newLength: 513, oldCapacity: 512, elementSize: 8), 848)
        // 64 strings grown from 32: 1024 bytes + header served by the 1152-byte class.
        XCTAssertEqual(GoSliceGrowth.grownCapacity(newLength: 33, oldCapacity: 32, elementSize: 16, hasPointers: true), 71)
        // Zero-size elements get exactly the length.
        XCTAssertEqual(GoSliceGrowth.grownCapacity(newLength: 7, oldCapacity: 3, elementSize: 0), 7)
    }

    func testTitleCasesWordStarts() {
        XCTAssertEqual(String(decoding: GoStrings.title(Array("hello wOrld, it's_me ça".utf8)), as: UTF8.self), "Hello WOrld, It'S_me Ça")
    }
}
