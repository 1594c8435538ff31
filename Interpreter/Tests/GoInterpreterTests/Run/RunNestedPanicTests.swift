import XCTest
@testable import GoInterpreter

/// A panic inside a deferred call that runs because of an earlier panic: Go reports the whole
/// chain, oldest first; once a panic is recovered, the earlier ones are forgotten.
final class RunNestedPanicTests: XCTestCase {
    func testReplacedPanicsArePrintedInOrder() {
        let r = GoInterpreter().run(source: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tdefer fmt.Println(\"outer deferred runs\")\n\tdefer func() { panic(fmt.Errorf(\"third\")) }()\n\tdefer func() { panic(\"second\") }()\n\tpanic(\"first\")\n}\n")
        XCTAssertEqual(r.exitStatus, 2)
        XCTAssertEqual(r.stdout, "outer deferred runs\n")
        XCTAssertTrue(r.stderr.hasPrefix("panic: first\n\tpanic: second\n\tpanic: third\n\ngoroutine 1 [running]:\n"), r.stderr)
    }

    func testRecoveredChainIsNotPrintedLater() {
        let r = GoInterpreter().run(source: "package main\n\nfunc inner() {\n\tdefer func() { recover() }()\n\tdefer func() { panic(\"second\") }()\n\tpanic(\"first\")\n}\n\nfunc main() {\n\tinner()\n\tpanic(\"later\")\n}\n")
        XCTAssertEqual(r.exitStatus, 2)
        XCTAssertTrue(r.stderr.hasPrefix("panic: later\n\ngoroutine 1 [running]:\n"), r.stderr)
    }
}
