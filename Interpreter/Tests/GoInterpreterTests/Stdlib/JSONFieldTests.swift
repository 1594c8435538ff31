import XCTest
@testable import GoInterpreter

/// Struct tags as reflect.StructTag.Get reads them, and the JSON field list of struct types
/// (tags, omitted fields, embedded promotion and dominance) as encoding/json's typeFields.
final class JSONFieldTests: XCTestCase {
    func testStructTagLookup() {
        XCTAssertEqual(structTagValue(#"json:"name,omitempty" xml:"n""#, "json"), "name,omitempty")
        XCTAssertEqual(structTagValue(#"json:"name,omitempty" xml:"n""#, "xml"), "n")
        XCTAssertEqual(structTagValue(#"yaml:"a"  json:"b""#, "json"), "b")
        XCTAssertEqual(structTagValue(#"json:"q\"x""#, "json"), "q\"x")
        XCTAssertNil(structTagValue(#"json:"a""#, "xml"))
        XCTAssertNil(structTagValue("json:a", "json"))
        XCTAssertNil(structTagValue("", "json"))
    }

    private func field(_ name: String, _ type: GoType, tag: String = "", embedded: Bool = false) -> StructField {
        StructField(name: name, type: type, embedded: embedded, tag: tag, package: PackageRef(path: "main", name: "main"))
    }

    func testFieldListFollowsTypeFields() {
        let table = TypeTable()
        let main = PackageRef(path: "main", name: "main")
        let inner = table.newNamed("Inner", package: main)
        inner.named?.setUnderlying(table.structure([field("ID", .int, tag: #"json:"id""#), field("Shared", .string), field("Deep", .bool)]))
        let other = table.newNamed("Other", package: main)
        other.named?.setUnderlying(table.structure([field("Shared", .string), field("Tagged", .int, tag: #"json:"Deep""#)]))
        let outer = table.structure([
            field("Inner", inner, embedded: true),
            field("Other", table.pointer(to: other), embedded: true),
            field("Name", .string, tag: #"json:"name,omitempty""#),
            field("Count", .int, tag: #"json:",string""#),
            field("Skip", .string, tag: #"json:"-""#),
            field("Dash", .string, tag: #"json:"-,""#),
            field("hidden", .int),
        ])
        let fields = JSONFieldCache().fields(of: outer)
        XCTAssertEqual(fields.map { String(decoding: $0.name, as: UTF8.self) }, ["id", "Deep", "name", "Count", "-"])
        XCTAssertEqual(fields[0].path, [0, 0])
        // "Deep": the tagged field of Other wins over Inner's untagged one at the same depth.
        XCTAssertEqual(fields[1].path, [1, 1])
        XCTAssertTrue(fields[2].omitEmpty)
        XCTAssertTrue(fields[3].quoted)
        XCTAssertFalse(fields[2].quoted)
    }
}
