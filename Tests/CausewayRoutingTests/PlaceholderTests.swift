import XCTest
@testable import CausewayRouting
final class RoutingPlaceholderTests: XCTestCase { func testModule() { _ = CausewayRoutingModule.self } }
