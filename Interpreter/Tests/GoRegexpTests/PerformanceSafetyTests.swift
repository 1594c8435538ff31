import XCTest
@testable import GoRegexp

/// Patterns that make backtracking engines explode must finish (with the right answer) here.
final class PerformanceSafetyTests: XCTestCase {
    func testPathologicalPatternsOnLongInput() throws {
        let input = String(repeating: "a", count: 100_000)
        XCTAssertFalse(try Regexp("(a*)*b").matches(input))
        XCTAssertFalse(try Regexp("(a|a)*c").matches(input))
        XCTAssertFalse(try Regexp("(a+a+)+b").matches(input))
        XCTAssertTrue(try Regexp("(a|a)*$").matches(input))
        XCTAssertEqual(try Regexp("^(a|aa)*$").firstMatchRange(in: input), [0, 100_000])
        XCTAssertEqual(try Regexp("(a*)*b").firstMatchIndices(in: input + "b"), [0, 100_001, 0, 100_000])
    }

    func testNestedCountedRepetition() throws {
        let r = try Regexp("^(a{1,10}){1,10}$")
        XCTAssertTrue(r.matches(String(repeating: "a", count: 100)))
        XCTAssertFalse(r.matches(String(repeating: "a", count: 101)))
        XCTAssertTrue(try Regexp("^[a-z]{1000}$").matches(String(repeating: "q", count: 1000)))
    }

    func testSharedAcrossThreads() throws {
        let r = try Regexp("^/api/v(\\d+)/users/(\\w+)$")
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let path = "/api/v\(i)/users/u\(i)"
            XCTAssertTrue(r.matches(path))
            XCTAssertEqual(r.firstSubmatches(in: path)?[1], "\(i)")
        }
    }
}
