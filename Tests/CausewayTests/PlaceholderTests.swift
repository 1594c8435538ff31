import XCTest
@testable import Causeway
final class PlaceholderTests: XCTestCase { func testVersion() { XCTAssertFalse(Causeway.version.isEmpty) } }
