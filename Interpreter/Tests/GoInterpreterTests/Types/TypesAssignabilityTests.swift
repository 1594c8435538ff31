import XCTest
@testable import GoInterpreter

final class TypesAssignabilityTests: XCTestCase {
    let f = TypesFixture()

    private func assign(_ v: GoType, _ value: ConstantValue? = nil, to t: GoType) -> AssignabilityResult {
        Assignability.check(v, value: value, to: t, formatter: f.checker)
    }

    func testAssignabilityTable() {
        let t = f.table
        let cases: [(GoType, ConstantValue?, GoType, Bool)] = [
            (.int, nil, .int, true),
            (.int, nil, .int64, false),
            (f.MyInt, nil, .int, false),                  // both named
            (.int, nil, f.MyInt, false),
            (t.slice(of: .int), nil, f.IntSlice, true),  // one unnamed, same underlying
            (f.IntSlice, nil, t.slice(of: .int), true),
            (.untypedBool, nil, f.MyBool, true),          // comparison result
            (.untypedNil, nil, t.pointer(to: f.T), true),
            (.untypedNil, nil, t.slice(of: .int), true),
            (.untypedNil, nil, f.Stringer, true),
            (.untypedNil, nil, .int, false),
            (.untypedNil, nil, f.T, false),
            (.untypedInt, .int(300), .int, true),
            (.untypedInt, .int(300), .float32, true),
            (.untypedRune, .int(97), .string, false),
            (.untypedString, .string("x"), .string, true),
            (.untypedString, .string("x"), .any, true),
            (.untypedFloat, .double(2.0), .int, true),
            (.untypedInt, .int(1), f.MyInt, true),
            (f.S, nil, f.Stringer, true),
            (f.S, nil, .any, true),
            (t.pointer(to: f.T), nil, .any, true),
            (t.chan(of: .int), nil, t.chan(of: .int, direction: .receive), true),
            (t.chan(of: .int, direction: .send), nil, t.chan(of: .int), false),
            (t.signature(parameters: [.int], results: []), nil, t.signature(parameters: [.int], results: []), true),
            (f.T, nil, f.Outer, false),
        ]
        for (v, value, target, expected) in cases {
            XCTAssertEqual(assign(v, value, to: target).isAssignable, expected, "\(v) → \(target)")
        }
    }

    func testFailureCauses() {
        let t = f.table
        XCTAssertEqual(assign(.untypedInt, .int(300), to: .int8), .notRepresentable(.overflows))
        XCTAssertEqual(assign(.untypedInt, .int(-1), to: .uint), .notRepresentable(.overflows))
        XCTAssertEqual(assign(.untypedFloat, ConstantValue.literal("1.5", kind: .float), to: .int), .notRepresentable(.truncated))
        XCTAssertEqual(assign(.untypedFloat, ConstantValue.literal("1e309", kind: .float), to: .float64), .notRepresentable(.overflows))
        XCTAssertEqual(assign(.untypedString, .string("a"), to: .int), .notAssignable(explanation: nil))
        XCTAssertEqual(assign(f.T, to: f.Stringer),
                       .notAssignable(explanation: "T does not implement Stringer (missing method String)"))
        XCTAssertEqual(assign(f.Stringer, to: f.S), .notAssignable(explanation: "need type assertion"))
        XCTAssertEqual(assign(.untypedInt, .int(1), to: f.Stringer),
                       .notAssignable(explanation: "int does not implement Stringer (missing method String)"))
        XCTAssertEqual(assign(f.T, to: t.interface(methods: [Method(name: "P", package: f.main, signature: f.emptySignature)])),
                       .notAssignable(explanation: "T does not implement interface{P()} (method P has pointer receiver)"))
    }

    func testTypeParameterTargets() {
        let t = f.table
        let number = t.newTypeParameter("N", index: 0, constraint: t.interface(methods: [], unions: [[
            TypeTerm(tilde: true, type: .int), TypeTerm(tilde: true, type: .float64)]]))
        XCTAssertTrue(assign(.untypedInt, .int(1), to: number).isAssignable)
        XCTAssertEqual(assign(.untypedFloat, ConstantValue.literal("1.5", kind: .float), to: number), .notRepresentable(.truncated))
        XCTAssertFalse(assign(.int, to: number).isAssignable)
        XCTAssertTrue(assign(number, to: number).isAssignable)
        XCTAssertFalse(assign(.untypedNil, to: number).isAssignable)
    }
}
