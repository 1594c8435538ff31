import Foundation
import XCTest
@testable import GoInterpreter

final class TypesConcurrencyTests: XCTestCase {
    func testConcurrentInterningYieldsOneInstance() {
        let table = TypeTable()
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            let element = i % 2 == 0 ? GoType.int : GoType.string
            let t = table.map(key: .string, value: table.slice(of: table.pointer(to: element)))
            results.add(t.id, even: i % 2 == 0)
        }
        XCTAssertEqual(results.evenIDs.count, 1)
        XCTAssertEqual(results.oddIDs.count, 1)
        XCTAssertNotEqual(results.evenIDs, results.oddIDs)
    }

    func testRecursiveNamedType() {
        let table = TypeTable()
        let main = PackageRef(path: "main")
        let node = table.newNamed("Node", package: main)
        XCTAssertFalse(node.named!.isResolved)
        node.named!.setUnderlying(table.structure([
            StructField(name: "Value", type: .int, package: main),
            StructField(name: "next", type: table.pointer(to: node), package: main)]))
        XCTAssertTrue(node.named!.isResolved)
        XCTAssertEqual(node.underlying.description, "struct { Value int; next *main.Node }")
        XCTAssertEqual(TypeLayout.size(of: node), 16)
        guard case .found(let s) = FieldAndMethodLookup.lookup(table.pointer(to: node), name: "next", package: main) else {
            return XCTFail()
        }
        XCTAssertEqual(s.type, table.pointer(to: node))
        XCTAssertTrue(node.isComparable)
        // `type Alias Node` takes Node's underlying type, not Node itself.
        let copy = table.newNamed("Copy", package: main)
        copy.named!.setUnderlying(node)
        XCTAssertEqual(copy.underlying, node.underlying)
        XCTAssertTrue(Convertibility.isConvertible(copy, to: node))
        XCTAssertFalse(Assignability.check(copy, to: node).isAssignable)
    }
}

private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var evenIDs = Set<Int>()
    private(set) var oddIDs = Set<Int>()
    func add(_ id: Int, even: Bool) {
        lock.withLock {
            if even { evenIDs.insert(id) } else { oddIDs.insert(id) }
        }
    }
}
