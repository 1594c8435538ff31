import XCTest
@testable import GoRegexp
final class PlaceholderTests: XCTestCase { func testBuilds() { _ = Regexp() } }
