import XCTest
@testable import GoStdlibCore

final class IntegerSortTests: XCTestCase {
    func testMatchesTheStandardSortOnManyShapes() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 255, 256, 257, 1000, 100_000] {
            for range in [Int64.min...Int64.max, -5...5, 0...1_000_000, Int64(1 << 40)...Int64(1 << 40) + 3] {
                var values = (0..<count).map { _ in Int64.random(in: range, using: &generator) }
                let expected = values.sorted()
                GoIntegerSort.sort(&values)
                XCTAssertEqual(values, expected, "count \(count), range \(range)")
            }
        }
    }

    func testExtremesAndAlreadySortedInput() {
        var values: [Int64] = (0..<1000).map { $0 % 2 == 0 ? Int64.min + $0 : Int64.max - $0 }
        let expected = values.sorted()
        GoIntegerSort.sort(&values)
        XCTAssertEqual(values, expected)
        var sorted = Array(Int64(0)..<5000)
        GoIntegerSort.sort(&sorted)
        XCTAssertEqual(sorted, Array(Int64(0)..<5000))
    }
}
