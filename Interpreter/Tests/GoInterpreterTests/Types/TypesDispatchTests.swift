import XCTest
@testable import GoInterpreter

final class TypesDispatchTests: XCTestCase {
    let f = TypesFixture()

    func testDispatchCache() {
        let cache = InterfaceDispatchCache()
        let table = cache.methodTable(for: f.S, implementing: f.Stringer)
        XCTAssertEqual(table?.map(\.method.name), ["String"])
        XCTAssertEqual(table?.first?.declaringType, f.S)
        XCTAssertNil(cache.methodTable(for: .int, implementing: f.Stringer))
        XCTAssertNil(cache.methodTable(for: .int, implementing: f.Stringer))   // cached negative answer
        let both = f.table.interface(methods: [Method(name: "M", package: f.main, signature: f.emptySignature),
                                               Method(name: "P", package: f.main, signature: f.emptySignature)])
        XCTAssertNil(cache.methodTable(for: f.T, implementing: both))
        let viaPointer = cache.methodTable(for: f.table.pointer(to: f.Outer), implementing: both)
        XCTAssertEqual(viaPointer?.map(\.method.name), ["M", "P"])
        XCTAssertEqual(viaPointer?.map(\.embeddedPath), [[0], [0]])
        XCTAssertEqual(viaPointer?.last?.method.pointerReceiver, true)
    }

    func testMethodExpressionsAndNamedPointers() {
        let t = f.table
        let m = f.T.named!.methods[0]
        XCTAssertEqual(t.methodExpressionType(receiver: f.T, method: m).description, "func(main.T)")
        let P = t.newNamed("PT", package: f.main)
        P.named!.setUnderlying(t.pointer(to: f.T))
        guard case .found(let field) = FieldAndMethodLookup.lookup(P, name: "A", package: f.main) else { return XCTFail() }
        XCTAssertEqual(field.fieldPath, [0])
        XCTAssertTrue(field.indirect)
        guard case .notFound = FieldAndMethodLookup.lookup(P, name: "M", package: f.main) else { return XCTFail("no methods via named pointers") }
        XCTAssertEqual(BasicKind.largerUntyped(.untypedInt, .untypedRune), .untypedRune)
        XCTAssertEqual(BasicKind.largerUntyped(.untypedFloat, .untypedRune), .untypedFloat)
    }
}
