import XCTest
@testable import GoRegexp
final class PlaceholderTests: XCTestCase { func testBuilds() throws { XCTAssertTrue(try Regexp("a+b").matches("xaab")) } }
