import XCTest
@testable import GoInterpreter

/// How unrecovered panics and exits end a program: message, trace, exit status.
final class RunPanicTests: XCTestCase {
    func testTraceNamesFunctionsAndLines() {
        let r = GoInterpreter().run(source: "package main\n\nfunc div(a, b int) int {\n\treturn a / b\n}\n\nfunc main() {\n\tprintln(div(1, 0))\n}\n")
        XCTAssertEqual(r.exitStatus, 2)
        XCTAssertTrue(r.stderr.hasPrefix("panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.div(...)\n\tmain.go:4\nmain.main()\n\tmain.go:8\n"), r.stderr)
    }

    func testErrorAndCustomPanicValues() {
        let e = GoInterpreter().run(source: "package main\n\nimport \"errors\"\n\nfunc main() {\n\tpanic(errors.New(\"bad thing\"))\n}\n")
        XCTAssertTrue(e.stderr.hasPrefix("panic: bad thing\n"), e.stderr)
        let n = GoInterpreter().run(source: "package main\n\ntype Code int\n\nfunc main() {\n\tpanic(Code(7))\n}\n")
        XCTAssertTrue(n.stderr.hasPrefix("panic: main.Code(7)\n"), n.stderr)
    }

    func testPanicInGoroutineEndsProgram() {
        let r = GoInterpreter().run(source: "package main\n\nimport \"time\"\n\nfunc main() {\n\tgo func() {\n\t\tvar m map[int]int\n\t\tm[1] = 1\n\t}()\n\ttime.Sleep(50 * time.Millisecond)\n\tprintln(\"unreachable\")\n}\n")
        XCTAssertEqual(r.exitStatus, 2)
        XCTAssertTrue(r.stderr.contains("panic: assignment to entry in nil map\n\ngoroutine 2 [running]:\nmain.main.func1()"), r.stderr)
        XCTAssertFalse(r.stderr.contains("unreachable"))
    }

    func testExitSkipsDefers() {
        let r = GoInterpreter().run(source: "package main\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc main() {\n\tdefer fmt.Println(\"deferred\")\n\tfmt.Println(\"bye\")\n\tos.Exit(3)\n}\n")
        XCTAssertEqual(r.exitStatus, 3)
        XCTAssertEqual(r.stdout, "bye\n")
    }
}
