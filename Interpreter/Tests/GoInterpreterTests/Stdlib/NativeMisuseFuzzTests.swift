import Foundation
import XCTest
import GoInterpreter

/// Every native function and method of the standard library, called with hostile arguments
/// (see `probeNativesWithHostileArguments`). A trap in a native ends this test process; the
/// last "fuzz:" line before it names the native.
final class NativeMisuseFuzzTests: XCTestCase {
    func testHostileArgumentsNeverTrapTheHost() throws {
        let interpreter = GoInterpreter(options: GoInterpreterOptions(limits: GoLimits(maxMemoryElements: 1 << 24)))
        let calls = try interpreter.probeNativesWithHostileArguments(
            // Reads the process's real standard input: would wait for a terminal.
            skipping: ["fmt.Scan", "fmt.Scanln", "fmt.Scanf"],
            log: { FileHandle.standardError.write(Data("fuzz: \($0)\n".utf8)) })
        XCTAssertGreaterThan(calls, 10_000)
    }
}
