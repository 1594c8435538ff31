import Foundation
import XCTest
@testable import GoInterpreter

/// A served program: calls submitted from many host threads run as goroutines on the
/// program's scheduler thread; a call suspended in a host function does not hold up others.
final class RunServingTests: XCTestCase {
    func testConcurrentAsyncCallsInterleaveWhileSuspended() throws {
        let interp = GoInterpreter()
        let pkg = GoPackage(path: "upstream")
        pkg.suspendingFunction("Fetch", interp.typeTable.signature(parameters: [.int], results: [.int])) { args, done in
            let n = args[0].intValue
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.05) { done.resume(returning: [.int(n * 2)]) }
        }
        interp.use(pkg)
        let source = [
            "package main", "", "import \"upstream\"", "",
            "func Handle(n int) int {", "\treturn upstream.Fetch(n) + 1", "}",
            "func Boom() { panic(\"only this call fails\") }",
            "func main() {}", "",
        ].joined(separator: "\n")
        let program = try interp.load(source: source)
        let handle = try XCTUnwrap(program.function("Handle"))
        let boom = try XCTUnwrap(program.function("Boom"))
        let group = DispatchGroup()
        let results = ResultStore()
        let start = Date()
        for i in 0..<100 {
            group.enter()
            DispatchQueue.global().async {
                program.callAsync(function: handle, [.int(i)]) { r in
                    results.add(i, (try? r.get().first?.intValue) ?? -1)
                    group.leave()
                }
            }
        }
        group.enter()
        program.callAsync(function: boom, []) { r in
            if case .failure(.panic(let msg)) = r { results.add(-1, msg == "only this call fails" ? 1 : 0) }
            group.leave()
        }
        XCTAssertEqual(group.wait(timeout: .now() + 10), .success)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.0)   // 100 × 50 ms if calls were serialised
        for i in 0..<100 { XCTAssertEqual(results.value(i), i * 2 + 1) }
        XCTAssertEqual(results.value(-1), 1)
    }
}

final class ResultStore: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Int] = [:]
    func add(_ k: Int, _ v: Int) { lock.lock(); values[k] = v; lock.unlock() }
    func value(_ k: Int) -> Int? { lock.lock(); defer { lock.unlock() }; return values[k] }
}
