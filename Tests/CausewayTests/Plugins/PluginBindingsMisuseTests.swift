import Foundation
import GoInterpreter
import XCTest
@testable import CausewayPlugins

/// The gateway's own Go packages (`net/http`, `net/http/httptest`) get the interpreter's misuse
/// probe: every function and method with hostile arguments and nil receivers. A plugin may do
/// all of this; a trap in a binding would take the gateway down, so the answer must be a Go
/// panic or a Go result. The last "probe:" line before a crash names the binding.
final class PluginBindingsMisuseTests: XCTestCase {
    func testHTTPBindingsNeverTrapTheGateway() throws {
        let interpreter = GoInterpreter(options: GoInterpreterOptions(limits: GoLimits(maxMemoryElements: 1 << 24)))
        _ = PluginPackages(interpreter: interpreter)
        let calls = try interpreter.probeNativesWithHostileArguments(
            packagePaths: ["net/http", "net/http/httptest"],
            log: { FileHandle.standardError.write(Data("probe: \($0)\n".utf8)) })
        XCTAssertGreaterThan(calls, 500)
    }
}
