import XCTest
@testable import GoInterpreter

final class TypesConversionTests: XCTestCase {
    let f = TypesFixture()

    func testConversionTable() {
        let t = f.table
        let tagged = t.structure([StructField(name: "A", type: .int, tag: "json:\"a\"", package: f.main)])
        let plain = t.structure([StructField(name: "A", type: .int, package: f.main)])
        let cases: [(GoType, GoType, Bool)] = [
            (.int, .float64, true), (.float64, .int, true), (.int8, .uint64, true), (.float32, .float64, true),
            (.int, .string, true), (.string, .int, false), (.bool, .int, false), (.int, .bool, false),
            (.int, .complex128, false), (.complex64, .complex128, true), (.complex128, .float64, false),
            (.string, t.slice(of: .byte), true), (.string, t.slice(of: .rune), true),
            (t.slice(of: .byte), .string, true), (t.slice(of: .rune), .string, true),
            (.string, t.slice(of: .int), false), (f.S, t.slice(of: .byte), true),
            (tagged, plain, true), (t.pointer(to: tagged), t.pointer(to: plain), true),
            (t.slice(of: .int), t.array(of: .int, length: 3), true),
            (t.slice(of: .int), t.pointer(to: t.array(of: .int, length: 3)), true),
            (t.slice(of: .int), t.array(of: .string, length: 3), false),
            (f.MyInt, .int, true), (.int, f.MyInt, true), (f.IntSlice, t.slice(of: .int), true),
            (f.T, f.Outer, false), (t.pointer(to: f.T), t.pointer(to: f.Outer), false),
            (f.S, f.Stringer, true), (f.Stringer, f.S, false),
            (t.pointer(to: .int), t.pointer(to: .int64), false),
        ]
        for (from, to, expected) in cases {
            XCTAssertEqual(Convertibility.isConvertible(from, to: to), expected, "\(from) → \(to)")
        }
    }

    func testConstantConversions() {
        XCTAssertFalse(Convertibility.isConvertible(.untypedInt, value: .int(300), to: .int8))
        XCTAssertTrue(Convertibility.isConvertible(.untypedInt, value: .int(65), to: .string))
        XCTAssertTrue(Convertibility.isConvertible(.int, value: .int(65), to: .string))
        XCTAssertFalse(Convertibility.isConvertible(.untypedFloat, value: ConstantValue.literal("1.5", kind: .float), to: .int))
        XCTAssertTrue(Convertibility.isConvertible(.untypedFloat, value: ConstantValue.literal("1.0", kind: .float), to: .int))
        XCTAssertTrue(Convertibility.isConvertible(.untypedFloat, value: ConstantValue.literal("1e100", kind: .float), to: .float32) == false)
        XCTAssertTrue(Convertibility.isConvertible(.untypedFloat, value: ConstantValue.literal("0.1", kind: .float), to: .float32))
        XCTAssertTrue(Convertibility.isConvertible(.untypedInt, value: .int(7), to: f.MyInt))
        XCTAssertFalse(Convertibility.isConvertible(.untypedString, value: .string("x"), to: .int))
        XCTAssertTrue(Convertibility.isConvertible(.untypedString, value: .string("x"), to: f.table.slice(of: .byte)))
        XCTAssertEqual(ConstantValue.double(0.1).rounded(to: .float32)?.doubleValue, Double(Float(0.1)))
    }
}
