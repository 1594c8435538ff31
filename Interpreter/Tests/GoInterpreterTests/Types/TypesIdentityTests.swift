import XCTest
@testable import GoInterpreter

final class TypesIdentityTests: XCTestCase {
    let f = TypesFixture()

    func testInterningGivesIdentity() {
        let t = f.table
        XCTAssertTrue(t.slice(of: .int) === t.slice(of: .int))
        XCTAssertEqual(t.slice(of: .byte), t.slice(of: .uint8))
        XCTAssertEqual(GoType.rune, GoType.int32)
        XCTAssertEqual(t.map(key: .string, value: .int), t.map(key: .string, value: .int))
        XCTAssertNotEqual(t.array(of: .int, length: 3), t.array(of: .int, length: 4))
        XCTAssertNotEqual(t.chan(of: .int), t.chan(of: .int, direction: .send))
        XCTAssertEqual(t.signature(parameters: [.int], results: []), t.signature(parameters: [.int], results: []))
        XCTAssertNotEqual(t.signature(parameters: [t.slice(of: .int)], results: [], isVariadic: true),
                          t.signature(parameters: [t.slice(of: .int)], results: []))
        XCTAssertEqual(t.tuple([.int]), .int)
    }

    func testNamedTypesAreDistinct() {
        let t = f.table
        let a = t.newNamed("T", package: f.main), b = t.newNamed("T", package: f.main)
        XCTAssertNotEqual(a, b)
        XCTAssertNotEqual(f.MyInt, .int)
        XCTAssertEqual(f.MyInt.underlying, .int)
        XCTAssertEqual(t.newNamed("Unresolved", package: f.main).underlying, .invalid)
    }

    func testStructIdentity() {
        let t = f.table
        let tagged = t.structure([StructField(name: "A", type: .int, tag: "json:\"a\"", package: f.main)])
        let plain = t.structure([StructField(name: "A", type: .int, package: f.main)])
        XCTAssertNotEqual(tagged, plain)
        XCTAssertTrue(tagged.isIdenticalIgnoringTags(to: plain))
        XCTAssertTrue(t.pointer(to: tagged).isIdenticalIgnoringTags(to: t.pointer(to: plain)))
        // Exported names are package-independent, unexported ones are not.
        XCTAssertEqual(plain, t.structure([StructField(name: "A", type: .int, package: f.other)]))
        let mine = t.structure([StructField(name: "a", type: .int, package: f.main)])
        let theirs = t.structure([StructField(name: "a", type: .int, package: f.other)])
        XCTAssertNotEqual(mine, theirs)
        XCTAssertFalse(mine.isIdenticalIgnoringTags(to: theirs))
        let embedded = t.structure([StructField(name: "T", type: f.T, embedded: true, package: f.main)])
        XCTAssertNotEqual(embedded, t.structure([StructField(name: "T", type: f.T, package: f.main)]))
    }

    func testInterfaceIdentityUsesTypeSets() {
        let t = f.table
        let errorLiteral = t.interface(methods: [Method(name: "Error", package: f.main, signature: t.signature(parameters: [], results: [.string]))])
        XCTAssertEqual(errorLiteral, GoType.error.underlying)
        XCTAssertEqual(t.interface(methods: []), GoType.any)
        let m = Method(name: "M", package: f.main, signature: f.emptySignature)
        let viaEmbedding = t.interface(methods: [m], embedded: [f.Stringer])
        let explicit = t.interface(methods: [Method(name: "String", package: f.main, signature: f.stringerSignature), m])
        XCTAssertEqual(viaEmbedding, explicit)
        XCTAssertEqual(explicit.interface?.methods.map(\.name), ["M", "String"])
        XCTAssertEqual(explicit.interface?.methodIndex(named: "String", package: nil), 1)
        // Unions intersect across embedded elements: (int | string) ∩ (~int) = int.
        let a = t.interface(methods: [], unions: [[TypeTerm(tilde: false, type: .int), TypeTerm(tilde: false, type: .string)]])
        let b = t.interface(methods: [], embedded: [a], unions: [[TypeTerm(tilde: true, type: .int)]])
        XCTAssertEqual(b.interface?.terms, [TypeTerm(tilde: false, type: .int)])
        XCTAssertEqual(t.interface(methods: [], embedded: [.comparable]).interface?.isComparableConstraint, true)
    }

    func testPredicates() {
        let t = f.table
        XCTAssertTrue(GoType.int.isComparable)
        XCTAssertTrue(f.T.isComparable)
        XCTAssertFalse(t.slice(of: .int).isComparable)
        XCTAssertFalse(t.structure([StructField(name: "F", type: t.map(key: .int, value: .int), package: f.main)]).isComparable)
        XCTAssertTrue(t.array(of: f.Stringer, length: 2).isComparable)
        XCTAssertFalse(t.array(of: f.Stringer, length: 2).isStrictlyComparable)
        XCTAssertFalse(t.signature(parameters: [], results: []).isComparable)
        XCTAssertTrue(GoType.string.isOrdered)
        XCTAssertTrue(f.MyInt.isOrdered)
        XCTAssertFalse(GoType.bool.isOrdered)
        XCTAssertFalse(GoType.complex128.isOrdered)
        XCTAssertTrue(t.map(key: .int, value: .int).acceptsNil)
        XCTAssertFalse(f.T.acceptsNil)
        XCTAssertEqual(GoType.untypedRune.defaultType, .int32)
        XCTAssertEqual(GoType.untypedFloat.defaultType, .float64)
        XCTAssertEqual(GoType.untypedInt.defaultType, .int)
        XCTAssertEqual(GoType.untypedComplex.defaultType, .complex128)
        XCTAssertEqual(f.T.defaultType, f.T)
    }

    func testCoreTypes() {
        let t = f.table
        XCTAssertEqual(t.coreType(of: f.IntSlice), t.slice(of: .int))
        let P = t.newTypeParameter("P", index: 0, constraint: t.interface(methods: [], unions: [[
            TypeTerm(tilde: true, type: t.slice(of: .int)), TypeTerm(tilde: false, type: f.IntSlice)]]))
        XCTAssertEqual(t.coreType(of: P), t.slice(of: .int))
        let Q = t.newTypeParameter("Q", index: 0, constraint: t.interface(methods: [], unions: [[
            TypeTerm(tilde: false, type: .int), TypeTerm(tilde: false, type: .string)]]))
        XCTAssertNil(t.coreType(of: Q))
        let C = t.newTypeParameter("C", index: 0, constraint: t.interface(methods: [], unions: [[
            TypeTerm(tilde: false, type: t.chan(of: .int)), TypeTerm(tilde: false, type: t.chan(of: .int, direction: .receive))]]))
        XCTAssertEqual(t.coreType(of: C), t.chan(of: .int, direction: .receive))
        XCTAssertNil(t.coreType(of: t.newTypeParameter("Any", index: 0)))
        XCTAssertFalse(Q.isComparable == false)
        XCTAssertTrue(Q.isOrdered)
    }
}
