import XCTest
@testable import GoStdlibCore
final class StdlibCorePlaceholderTests: XCTestCase { func testModule() { _ = GoStdlibCore.self } }
