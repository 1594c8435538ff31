import XCTest
@testable import CausewayConfig
final class ConfigPlaceholderTests: XCTestCase { func testModule() { _ = CausewayConfigModule.self } }
