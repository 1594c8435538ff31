import XCTest
import GoInterpreter

/// `GoCallContext.returnsRightAfterThisCall`: a host function learns whether its caller's
/// goroutine does anything after it but return (the plugin host then skips resuming a
/// handler whose last statement calls `next`).
final class RunReturnsAfterCallTests: XCTestCase {
    private final class Seen: @unchecked Sendable { var answers: [Bool] = [] }

    private func answers(_ body: String) throws -> [Bool] {
        let interp = GoInterpreter()
        let seen = Seen()
        let pkg = GoPackage(path: "probe")
        pkg.functionWithContext("Here", interp.typeTable.signature(parameters: [], results: [])) { c in
            seen.answers.append(c.returnsRightAfterThisCall)
            return []
        }
        interp.use(pkg)
        let program = try interp.load(source: "package main\n\nimport \"probe\"\n\nvar count int\n\n" + body + "\nfunc main() {}\n")
        _ = try program.call("Run")
        return seen.answers
    }

    func testLastStatementOfTheEntryFunction() throws {
        XCTAssertEqual(try answers("func Run() { count++; probe.Here() }"), [true])
        XCTAssertEqual(try answers("func Run() { probe.Here(); return }"), [true])
    }

    func testLastStatementOfEveryFrame() throws {
        XCTAssertEqual(try answers("func Run() { helper() }\nfunc helper() { probe.Here() }"), [true])
        XCTAssertEqual(try answers("func Run() { helper(); count++ }\nfunc helper() { probe.Here() }"), [false])
        XCTAssertEqual(try answers("type H struct{}\nfunc (H) Serve() { probe.Here() }\nfunc Run() { var s interface{ Serve() } = H{}; s.Serve() }"), [true])
    }

    func testReturnInsideABranch() throws {
        XCTAssertEqual(try answers("func Run() {\n\tif count == 0 {\n\t\tprobe.Here()\n\t\treturn\n\t}\n\tcount++\n}"), [true])
        XCTAssertEqual(try answers("func Run() {\n\tif count == 0 {\n\t\tprobe.Here()\n\t}\n\tcount++\n}"), [false])
        XCTAssertEqual(try answers("func Run() {\n\tfor i := 0; i < 2; i++ {\n\t\tprobe.Here()\n\t}\n}"), [false, false])
    }

    func testCallsThroughFunctionValues() throws {
        XCTAssertEqual(try answers("func Run() { here := probe.Here; count++; here() }"), [true])
        XCTAssertEqual(try answers("func Run() { here := probe.Here; here(); count++ }"), [false])
        XCTAssertEqual(try answers("func Run() { here := probe.Here; count++; here(); helper() }\nfunc helper() { count++ }"), [false])
    }

    func testWorkAfterTheCallIsSeen() throws {
        XCTAssertEqual(try answers("func Run() { probe.Here(); count++ }"), [false])
        XCTAssertEqual(try answers("func Run() { defer func() { count++ }(); probe.Here() }"), [false])
        XCTAssertEqual(try answers("func Run() { _ = value() }\nfunc value() int { probe.Here(); return 1 }"), [false])
        XCTAssertEqual(try answers("func Run() { func() { probe.Here() }(); count++ }"), [false])
    }
}
