import XCTest
@testable import GoInterpreter

final class TypesLayoutTests: XCTestCase {
    let f = TypesFixture()

    func testSizesAndAlignments() {
        let t = f.table
        XCTAssertEqual(TypeLayout.size(of: .int), 8)
        XCTAssertEqual(TypeLayout.size(of: .string), 16)
        XCTAssertEqual(TypeLayout.size(of: .complex64), 8)
        XCTAssertEqual(TypeLayout.alignment(of: .complex64), 4)
        XCTAssertEqual(TypeLayout.size(of: t.slice(of: .int)), 24)
        XCTAssertEqual(TypeLayout.size(of: .any), 16)
        XCTAssertEqual(TypeLayout.size(of: t.map(key: .int, value: .int)), 8)
        XCTAssertEqual(TypeLayout.size(of: t.array(of: .int32, length: 5)), 20)
        // struct{ a bool; b int64; c bool } = 1 + 7 pad + 8 + 1 + 7 pad.
        let padded = t.structure([
            StructField(name: "a", type: .bool, package: f.main),
            StructField(name: "b", type: .int64, package: f.main),
            StructField(name: "c", type: .bool, package: f.main)])
        XCTAssertEqual(TypeLayout.size(of: padded), 24)
        XCTAssertEqual(TypeLayout.fieldOffsets(of: padded.structure!), [0, 8, 16])
        XCTAssertEqual(TypeLayout.size(of: t.structure([])), 0)
        // A trailing zero-size field gets a byte of padding.
        let trailing = t.structure([
            StructField(name: "a", type: .int32, package: f.main),
            StructField(name: "z", type: t.structure([]), package: f.main)])
        XCTAssertEqual(TypeLayout.size(of: trailing), 8)
        XCTAssertEqual(TypeLayout.size(of: f.T), 24)   // struct{ A int; b string }
        XCTAssertEqual(TypeLayout.size(of: t.structure([
            StructField(name: "a", type: .int8, package: f.main),
            StructField(name: "b", type: .int16, package: f.main)])), 4)
    }

    func testIntegerWrapAround() {
        XCTAssertEqual(IntegerWrap.wrap(300, to: .int8), 44)
        XCTAssertEqual(IntegerWrap.wrap(128, to: .int8), -128)
        XCTAssertEqual(IntegerWrap.wrap(-1, to: .uint8), 255)
        XCTAssertEqual(IntegerWrap.wrap(-1, to: .uint32), 4_294_967_295)
        XCTAssertEqual(IntegerWrap.add(Int64.max, 1, kind: .int64), Int64.min)
        XCTAssertEqual(IntegerWrap.add(255, 1, kind: .uint8), 0)
        XCTAssertEqual(IntegerWrap.multiply(1 << 62, 4, kind: .int), 0)
        XCTAssertEqual(IntegerWrap.subtract(0, 1, kind: .uint16), 65535)
        XCTAssertEqual(IntegerWrap.divide(Int64.min, -1, kind: .int64), Int64.min)
        XCTAssertEqual(IntegerWrap.remainder(Int64.min, -1, kind: .int64), 0)
        XCTAssertNil(IntegerWrap.divide(1, 0, kind: .int))
        XCTAssertEqual(IntegerWrap.divide(-128, -1, kind: .int8), -128)
        XCTAssertEqual(IntegerWrap.divide(-7, 2, kind: .int), -3)
        XCTAssertEqual(IntegerWrap.remainder(-7, 2, kind: .int), -1)
        XCTAssertEqual(IntegerWrap.divide(-1, 2, kind: .uint64), Int64.max)   // 0xFFFF…/2
        XCTAssertEqual(IntegerWrap.shiftLeft(1, by: 64, kind: .int), 0)
        XCTAssertEqual(IntegerWrap.shiftLeft(1, by: 8, kind: .uint8), 0)
        XCTAssertEqual(IntegerWrap.shiftLeft(1, by: 7, kind: .int8), -128)
        XCTAssertNil(IntegerWrap.shiftLeft(1, by: -1, kind: .int))
        XCTAssertEqual(IntegerWrap.shiftRight(-8, by: 100, kind: .int), -1)
        XCTAssertEqual(IntegerWrap.shiftRight(-8, by: 1, kind: .uint64), Int64.max - 3)
        XCTAssertTrue(IntegerWrap.isLess(1, -1, kind: .uint64))
        XCTAssertFalse(IntegerWrap.isLess(1, -1, kind: .int64))
        XCTAssertEqual(IntegerWrap.fromDouble(3.9, to: .int), 3)
        XCTAssertEqual(IntegerWrap.fromDouble(-3.9, to: .int), -3)
        XCTAssertEqual(IntegerWrap.fromDouble(300.0, to: .uint8), 44)
        XCTAssertEqual(IntegerWrap.toDouble(-1, kind: .uint64), 18446744073709551615.0)
    }

    func testUniverse() {
        XCTAssertEqual(Universe.lookup("byte")?.type, .uint8)
        XCTAssertEqual(Universe.lookup("byte")?.type.aliasName, "byte")
        XCTAssertEqual(Universe.lookup("any")?.type, .emptyInterface)
        XCTAssertEqual(Universe.lookup("true")?.constant, .bool(true))
        XCTAssertEqual(Universe.lookup("nil")?.kind, .nilValue)
        XCTAssertEqual(Universe.lookup("iota")?.kind, .constant)
        XCTAssertEqual(Universe.lookup("error")?.type.interface?.methods.map(\.name), ["Error"])
        let builtinNames = Universe.entries.filter { $0.kind == .builtin }.map(\.name)
        XCTAssertEqual(builtinNames, ["append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
                                      "make", "max", "min", "new", "panic", "print", "println", "real", "recover"])
        XCTAssertEqual(Universe.lookup("make")?.builtin?.maximumArguments, 3)
        XCTAssertNil(Universe.lookup("append")?.builtin?.maximumArguments)
        XCTAssertEqual(Universe.lookup("panic")?.builtin?.usableAsStatement, true)
        XCTAssertEqual(Universe.lookup("len")?.builtin?.usableAsStatement, false)
        XCTAssertNil(Universe.lookup("unsafe"))
    }
}
