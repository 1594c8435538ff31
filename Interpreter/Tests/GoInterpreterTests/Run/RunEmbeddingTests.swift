import Foundation
import XCTest
@testable import GoInterpreter

/// The host API: loading code, calling functions and methods, native packages, and host
/// calls that suspend a goroutine until the host completes them from another thread.
final class RunEmbeddingTests: XCTestCase {
    func testCallFunctionsAndKeepPackageState() throws {
        let program = try GoInterpreter().load(source: """
        package main

        var calls int

        func Add(a, b int) int { calls++; return a + b }
        func Calls() int { return calls }
        func Greeter(prefix string) func(string) string {
        \treturn func(name string) string { return prefix + ", " + name }
        }
        func main() {}
        """)
        XCTAssertEqual(try program.call("Add", [.int(2), .int(40)]).first?.intValue, 42)
        _ = try program.call("Add", [.int(1), .int(1)])
        XCTAssertEqual(try program.call("Calls").first?.intValue, 2)
        let greet = try program.call("Greeter", [.string("Hello")])[0]
        XCTAssertEqual(try program.call(function: greet, [.string("Go")]).first?.stringValue, "Hello, Go")
    }

    func testInterpretedTypeSatisfiesHostInterfaceThroughMethodCall() throws {
        let program = try GoInterpreter().load(source: """
        package main

        import "strings"

        type Upper struct{ suffix string }

        func (u *Upper) Handle(s string) string { return strings.ToUpper(s) + u.suffix }

        type Handler interface{ Handle(string) string }

        func New() Handler { return &Upper{"!"} }
        func main() {}
        """)
        let handler = try program.call("New")[0]
        XCTAssertEqual(handler.dynamicType?.description, "*main.Upper")
        XCTAssertEqual(try program.callMethod(handler, "Handle", [.string("hi")]).first?.stringValue, "HI!")
    }

    func testSuspendingHostCallDoesNotBlockOtherGoroutines() throws {
        let interp = GoInterpreter()
        let pkg = GoPackage(path: "upstream")
        let table = interp.typeTable
        pkg.suspendingFunction("Fetch", table.signature(parameters: [.string], results: [.string])) { args, done in
            let name = args[0].stringValue
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) {
                done.resume(returning: [.string("reply to " + name)])
            }
        }
        interp.use(pkg)
        let program = try interp.load(source: """
        package main

        import (
        \t"fmt"
        \t"upstream"
        )

        func Run() string {
        \tticks := 0
        \tdone := make(chan string)
        \tgo func() { done <- upstream.Fetch("a") }()
        \tfor {
        \t\tselect {
        \t\tcase r := <-done:
        \t\t\treturn fmt.Sprintf("%s after ticks>0=%v", r, ticks > 0)
        \t\tdefault:
        \t\t\tticks++
        \t\t\tif ticks > 1000000 {
        \t\t\t\treturn "starved"
        \t\t\t}
        \t\t}
        \t}
        }
        func main() {}
        """)
        XCTAssertEqual(try program.call("Run").first?.stringValue, "reply to a after ticks>0=true")
    }

    func testPanicInCalledFunctionIsAnError() throws {
        let program = try GoInterpreter().load(source: "package main\n\nfunc Boom() { panic(\"bad\") }\nfunc main() {}\n")
        XCTAssertThrowsError(try program.call("Boom")) { error in
            XCTAssertEqual(error as? GoRunError, .panic("bad"))
        }
    }
}
