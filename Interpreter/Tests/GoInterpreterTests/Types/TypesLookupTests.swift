import XCTest
@testable import GoInterpreter

final class TypesLookupTests: XCTestCase {
    let f = TypesFixture()

    private func select(_ type: GoType, _ name: String, package: PackageRef? = nil, file: StaticString = #filePath, line: UInt = #line) -> Selection? {
        switch FieldAndMethodLookup.lookup(type, name: name, package: package ?? f.main) {
        case .found(let selection): return selection
        case .notFound: XCTFail("\(name) not found", file: file, line: line)
        case .ambiguous: XCTFail("\(name) ambiguous", file: file, line: line)
        }
        return nil
    }

    func testPromotedFieldsGiveIndexPaths() {
        // Outer{T; *Inner; X int}: A comes from T (depth 1), Y from *Inner (through a pointer).
        let a = select(f.Outer, "A")
        XCTAssertEqual(a?.fieldPath, [0, 0])
        XCTAssertEqual(a?.indirect, false)
        let y = select(f.Outer, "Y")
        XCTAssertEqual(y?.fieldPath, [1, 0])
        XCTAssertEqual(y?.indirect, true)
        // Outer.X (depth 0) shadows Inner.X (depth 1).
        let x = select(f.Outer, "X")
        XCTAssertEqual(x?.fieldPath, [2])
        XCTAssertEqual(x?.type, .int)
        // Embedded fields are fields too, named after their type.
        XCTAssertEqual(select(f.Outer, "Inner")?.fieldPath, [1])
        XCTAssertEqual(select(f.table.pointer(to: f.Outer), "A")?.indirect, true)
    }

    func testAmbiguousAndMissingSelectors() {
        guard case .ambiguous = FieldAndMethodLookup.lookup(f.AB, name: "Name", package: f.main) else {
            return XCTFail("AB.Name must be ambiguous")
        }
        XCTAssertEqual(select(f.AB, "A")?.fieldPath, [0])
        guard case .notFound = FieldAndMethodLookup.lookup(f.T, name: "Missing", package: f.main) else { return XCTFail() }
        // Unexported names only match inside their package.
        XCTAssertEqual(select(f.T, "b")?.fieldPath, [1])
        guard case .notFound = FieldAndMethodLookup.lookup(f.T, name: "b", package: f.other) else { return XCTFail() }
        // A pointer to an interface has no methods.
        guard case .notFound = FieldAndMethodLookup.lookup(f.table.pointer(to: f.Stringer), name: "String", package: f.main) else {
            return XCTFail()
        }
        XCTAssertEqual(select(f.Stringer, "String")?.isInterfaceMethod, true)
    }

    func testMethodsAndReceivers() {
        let m = select(f.Outer, "M")
        XCTAssertEqual(m?.isMethod, true)
        XCTAssertEqual(m?.embeddedPath, [0])
        XCTAssertEqual(m?.needsAddressableReceiver, false)
        XCTAssertEqual(m?.declaringType, f.T)
        // P has a pointer receiver: x.P() needs an addressable x unless reached through a pointer.
        XCTAssertEqual(select(f.T, "P")?.needsAddressableReceiver, true)
        XCTAssertEqual(select(f.table.pointer(to: f.T), "P")?.needsAddressableReceiver, false)
        XCTAssertEqual(select(f.Outer, "P")?.needsAddressableReceiver, true)
        if case .method(let method, let index)? = select(f.T, "P")?.target {
            XCTAssertEqual(method.name, "P")
            XCTAssertEqual(index, 1)
        } else {
            XCTFail("P is a method")
        }
    }

    func testMethodSets() {
        let names = { (type: GoType) in MethodSets.methodSet(of: type).map(\.method.name) }
        XCTAssertEqual(names(f.T), ["M"])
        XCTAssertEqual(names(f.table.pointer(to: f.T)), ["M", "P"])
        XCTAssertEqual(names(f.Outer), ["M"])
        XCTAssertEqual(names(f.table.pointer(to: f.Outer)), ["M", "P"])
        // Embedding *T promotes pointer methods into the value's method set.
        let viaPointer = f.table.newNamed("ViaPointer", package: f.main)
        viaPointer.named!.setUnderlying(f.table.structure([
            StructField(name: "T", type: f.table.pointer(to: f.T), embedded: true, package: f.main)]))
        XCTAssertEqual(names(viaPointer), ["M", "P"])
        XCTAssertEqual(MethodSets.methodSet(of: viaPointer).first?.embeddedPath, [0])
        XCTAssertEqual(names(f.Stringer), ["String"])
        XCTAssertEqual(names(.int), [])
        // Same method at the same depth from two embedded types cancels out.
        let twice = f.table.newNamed("Twice", package: f.main)
        let other = f.table.newNamed("T2", package: f.main)
        other.named!.setUnderlying(f.table.structure([]))
        other.named!.addMethod(name: "M", signature: f.emptySignature, pointerReceiver: false)
        twice.named!.setUnderlying(f.table.structure([
            StructField(name: "T", type: f.T, embedded: true, package: f.main),
            StructField(name: "T2", type: other, embedded: true, package: f.main)]))
        XCTAssertEqual(names(twice), [])
        guard case .ambiguous = FieldAndMethodLookup.lookup(twice, name: "M", package: f.main) else { return XCTFail() }
    }

    func testPromotionThroughEmbeddedInterface() {
        // struct { Stringer; N int }: String is promoted from the embedded interface.
        let holder = f.table.newNamed("Holder", package: f.main)
        holder.named!.setUnderlying(f.table.structure([
            StructField(name: "Stringer", type: f.Stringer, embedded: true, package: f.main),
            StructField(name: "N", type: .int, package: f.main)]))
        let s = select(holder, "String")
        XCTAssertEqual(s?.isInterfaceMethod, true)
        XCTAssertEqual(s?.embeddedPath, [0])
        XCTAssertEqual(s?.declaringType, f.Stringer)
        XCTAssertTrue(Implementation.implements(holder, f.Stringer))
        XCTAssertEqual(MethodSets.methodSet(of: holder).map(\.method.name), ["String"])
    }

    func testImplements() {
        let t = f.table
        let wantsP = t.interface(methods: [Method(name: "P", package: f.main, signature: f.emptySignature)])
        XCTAssertEqual(Implementation.missingMethod(f.T, wantsP), .pointerReceiver(name: "P"))
        XCTAssertNil(Implementation.missingMethod(t.pointer(to: f.T), wantsP))
        XCTAssertNil(Implementation.missingMethod(f.S, f.Stringer))
        XCTAssertEqual(Implementation.failureMessage(.int, f.Stringer, formatter: f.checker),
                       "int does not implement Stringer (missing method String)")
        XCTAssertEqual(Implementation.failureMessage(f.T, wantsP, formatter: f.checker),
                       "T does not implement interface{P()} (method P has pointer receiver)")
        XCTAssertEqual(Implementation.failureMessage(f.W, f.Stringer, formatter: f.checker),
                       "W does not implement Stringer (wrong type for method String)\n\t\thave String() int\n\t\twant String() string")
        XCTAssertNil(Implementation.missingMethod(f.T, .any))
        // A field is not a method.
        let wantsA = t.interface(methods: [Method(name: "A", package: f.main, signature: f.emptySignature)])
        XCTAssertEqual(Implementation.missingMethod(f.T, wantsA), .missing(name: "A"))
        // Interface to interface.
        XCTAssertNil(Implementation.missingMethod(f.Stringer, t.interface(methods: [])))
        XCTAssertEqual(Implementation.missingMethod(t.interface(methods: []), f.Stringer), .missing(name: "String"))
        XCTAssertTrue(Implementation.implements(GoType.error, GoType.error))
    }

    func testConstraintSatisfaction() {
        let t = f.table
        let c = f.checker
        XCTAssertNil(Implementation.unsatisfied(.int, constraint: .comparable, formatter: c))
        XCTAssertEqual(Implementation.unsatisfied(t.slice(of: .int), constraint: .comparable, formatter: c),
                       "[]int does not satisfy comparable")
        XCTAssertNil(Implementation.unsatisfied(f.Stringer, constraint: .comparable, formatter: c))
        let integers = t.interface(methods: [], unions: [[TypeTerm(tilde: true, type: .int)]])
        XCTAssertNil(Implementation.unsatisfied(f.MyInt, constraint: integers, formatter: c))
        XCTAssertEqual(Implementation.unsatisfied(.string, constraint: integers, formatter: c),
                       "string does not satisfy interface{~int} (string missing in ~int)")
        let exactInt = t.interface(methods: [], unions: [[TypeTerm(tilde: false, type: .int)]])
        XCTAssertEqual(Implementation.unsatisfied(f.MyInt, constraint: exactInt, formatter: c),
                       "MyInt does not satisfy interface{int} (possibly missing ~ for int in interface{int})")
        XCTAssertEqual(Implementation.unsatisfied(.int, constraint: f.Stringer, formatter: c),
                       "int does not satisfy Stringer (missing method String)")
    }
}
