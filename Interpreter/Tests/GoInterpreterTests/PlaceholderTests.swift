import XCTest
@testable import GoInterpreter
final class PlaceholderTests: XCTestCase { func testVersion() { XCTAssertFalse(GoInterpreterVersion.string.isEmpty) } }
