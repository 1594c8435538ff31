import CausewayConfig
import XCTest
@testable import CausewayPlugins

/// Traefik's stage-B decoding rules (mapstructure, weakly typed) as a table: one row per rule.
final class OptionDecodingTests: XCTestCase {
    /// `*struct{ <field> <type> }` with the field's default, decoded from `{key: input}`.
    struct Row {
        let rule: String
        let type: ConfigType
        var initial: ConfigValue? = nil
        let key: String
        let input: PluginOptionValue
        let expected: ConfigValue?
        var error: String? = nil
    }

    let rows: [Row] = [
        Row(rule: "string stays string", type: .string, key: "Name", input: .string("x"), expected: .string("x")),
        Row(rule: "field names are case-insensitive", type: .string, key: "name", input: .string("x"), expected: .string("x")),
        Row(rule: "bool to string is 1/0", type: .string, key: "name", input: .bool(true), expected: .string("1")),
        Row(rule: "int to string is decimal", type: .string, key: "name", input: .int(42), expected: .string("42")),
        Row(rule: "list to string fails", type: .string, key: "name", input: .list([.string("a")]), expected: nil,
            error: "* 'Name' expected type 'string', got unconvertible type '[]interface {}', value: '[a]'"),
        Row(rule: "string to int", type: .int(bits: 64), key: "Name", input: .string("42"), expected: .int(42)),
        Row(rule: "hex string to int", type: .int(bits: 64), key: "Name", input: .string("0x1F"), expected: .int(31)),
        Row(rule: "empty string to int is 0", type: .int(bits: 64), initial: .int(5), key: "Name", input: .string(""), expected: .int(0)),
        Row(rule: "float truncated to int", type: .int(bits: 64), key: "Name", input: .float(2.9), expected: .int(2)),
        Row(rule: "bool to int", type: .int(bits: 64), key: "Name", input: .bool(true), expected: .int(1)),
        Row(rule: "bad int", type: .int(bits: 64), key: "Name", input: .string("abc"), expected: nil,
            error: "* cannot parse 'Name' as int: strconv.ParseInt: parsing \"abc\": invalid syntax"),
        Row(rule: "int8 range", type: .int(bits: 8), key: "Name", input: .string("300"), expected: nil,
            error: "* cannot parse 'Name' as int: strconv.ParseInt: parsing \"300\": value out of range"),
        Row(rule: "duration string is not parsed", type: .int(bits: 64), key: "Timeout", input: .string("10s"), expected: nil,
            error: "* cannot parse 'Timeout' as int: strconv.ParseInt: parsing \"10s\": invalid syntax"),
        Row(rule: "negative int wraps into uint", type: .uint(bits: 8), key: "Name", input: .int(-1), expected: .uint(255, bits: 8)),
        Row(rule: "true string to bool", type: .bool, key: "Name", input: .string("True"), expected: .bool(true)),
        Row(rule: "number to bool", type: .bool, key: "Name", input: .int(2), expected: .bool(true)),
        Row(rule: "empty string to bool is false", type: .bool, initial: .bool(true), key: "Name", input: .string(""), expected: .bool(false)),
        Row(rule: "yes is not a bool", type: .bool, key: "Name", input: .string("yes"), expected: nil,
            error: "* cannot parse 'Name' as bool: strconv.ParseBool: parsing \"yes\": invalid syntax"),
        Row(rule: "file float text to float", type: .float(bits: 64), key: "Name", input: .string("1.500000"), expected: .float(1.5)),
        Row(rule: "bool to float", type: .float(bits: 64), key: "Name", input: .bool(true), expected: .float(1)),
        Row(rule: "comma string split into slice", type: .slice(.string), key: "Name", input: .string("a,b,c"),
            expected: .slice([.string("a"), .string("b"), .string("c")], element: .string)),
        Row(rule: "empty string is an empty slice", type: .slice(.string), key: "Name", input: .string(""),
            expected: .slice([], element: .string)),
        Row(rule: "scalar becomes one-element slice", type: .slice(.int(bits: 64)), key: "Name", input: .int(7),
            expected: .slice([.int(7)], element: .int(bits: 64))),
        Row(rule: "comma string into int slice", type: .slice(.int(bits: 64)), key: "Name", input: .string("1,2"),
            expected: .slice([.int(1), .int(2)], element: .int(bits: 64))),
        Row(rule: "list replaces default list", type: .slice(.string),
            initial: .slice([.string("d1"), .string("d2"), .string("d3")], element: .string),
            key: "Name", input: .list([.string("a"), .string("b")]),
            expected: .slice([.string("a"), .string("b")], element: .string)),
        Row(rule: "map merges into defaults", type: .map(.string),
            initial: .map(["Default": .string("x"), "Foo": .string("old")], value: .string),
            key: "Name", input: .map(["Foo": .string("Bar"), "Num": .string("42")]),
            expected: .map(["Default": .string("x"), "Foo": .string("Bar"), "Num": .string("42")], value: .string)),
        Row(rule: "list of maps merged into one map", type: .map(.int(bits: 64)), key: "Name",
            input: .list([.map(["a": .string("1")]), .map(["b": .string("2")])]),
            expected: .map(["a": .int(1), "b": .int(2)], value: .int(bits: 64))),
        Row(rule: "string into map fails", type: .map(.string), key: "Name", input: .string("x"), expected: nil,
            error: "* 'Name' expected a map, got 'string'"),
        Row(rule: "string into struct fails", type: .structure([ConfigFieldType("A", .string)]), key: "Name", input: .string("x"),
            expected: nil, error: "* 'Name' expected a map, got 'string'"),
        Row(rule: "nested struct keeps unmentioned defaults",
            type: .structure([ConfigFieldType("A", .string), ConfigFieldType("B", .int(bits: 64))]),
            initial: .structure([ConfigField(name: "A", value: .string("keep")), ConfigField(name: "B", value: .int(1))]),
            key: "name", input: .map(["b": .string("9"), "unknown": .string("ignored")]),
            expected: .structure([ConfigField(name: "A", value: .string("keep")), ConfigField(name: "B", value: .int(9))])),
        Row(rule: "nil pointer is allocated", type: .pointer(.structure([ConfigFieldType("A", .bool)])), key: "Name",
            input: .map(["a": .string("true")]),
            expected: .pointer(.structure([ConfigField(name: "A", value: .bool(true))]), to: .structure([ConfigFieldType("A", .bool)]))),
        Row(rule: "any keeps the raw value", type: .any, key: "Name", input: .list([.int(1)]), expected: .any(.list([.int(1)]))),
        Row(rule: "slice of structs decoded element-wise", type: .slice(.structure([ConfigFieldType("Path", .string)])), key: "rules",
            input: .list([.map(["path": .string("/a")])]), expected: nil, error: nil),
    ]

    func config(_ row: Row) -> ConfigValue {
        let field = ConfigField(name: row.rule == "duration string is not parsed" ? "Timeout" : (row.rule.hasPrefix("slice of structs") ? "Rules" : "Name"),
                                value: row.initial ?? row.type.zeroValue)
        return .pointer(.structure([field]), to: .structure([ConfigFieldType(field.name, row.type)]))
    }

    func testTable() {
        for row in rows {
            var storage = ConfigValueStorage(config(row))
            let fieldName = config(row)[field: "Name"] != nil ? "Name" : (config(row)[field: "Timeout"] != nil ? "Timeout" : "Rules")
            do {
                try PluginOptionDecoder().decode([row.key: row.input], into: &storage)
                XCTAssertNil(row.error, "\(row.rule): expected an error")
                if let expected = row.expected {
                    XCTAssertEqual(storage.value[field: fieldName], expected, row.rule)
                }
            } catch {
                guard let expectedError = row.error else {
                    XCTFail("\(row.rule): unexpected \(error)")
                    continue
                }
                XCTAssertEqual("\(error)", "plugin: failed to decode configuration: 1 error(s) decoding:\n\n\(expectedError)", row.rule)
                XCTAssertEqual(storage.value, config(row), "\(row.rule): the configuration must not change on error")
            }
        }
    }

    func testSliceOfStructsDecodesEachElement() throws {
        let rule = ConfigType.structure([ConfigFieldType("Path", .string), ConfigFieldType("Code", .int(bits: 64))])
        var storage = ConfigValueStorage(.pointer(.structure([ConfigField(name: "Rules", value: .slice([], element: rule))]),
                                                  to: .structure([ConfigFieldType("Rules", .slice(rule))])))
        try PluginOptionDecoder().decode(["rules": .list([.map(["path": .string("/a"), "code": .string("403")])])], into: &storage)
        XCTAssertEqual(storage.value[field: "Rules"], .slice([.structure([
            ConfigField(name: "Path", value: .string("/a")), ConfigField(name: "Code", value: .int(403)),
        ])], element: rule))
    }

    /// The worked example of the compatibility notes (§2.6.3).
    func testWorkedExample() throws {
        let fields: [ConfigFieldType] = [
            ConfigFieldType("Headers", .map(.string)), ConfigFieldType("Count", .int(bits: 64)),
            ConfigFieldType("Enabled", .bool), ConfigFieldType("Ratio", .float(bits: 64)),
            ConfigFieldType("List", .slice(.string)), ConfigFieldType("Ints", .slice(.int(bits: 64))),
            ConfigFieldType("CSV", .slice(.string)), ConfigFieldType("Tagged", tag: "custom_tag", .string),
            ConfigFieldType("SnakeKey", .string),
        ]
        var defaults = ConfigType.structure(fields).zeroValue
        if case .structure(var list) = defaults {
            list[0].value = .map(["Default": .string("x")], value: .string)
            list[4].value = .slice([.string("d1"), .string("d2"), .string("d3")], element: .string)
            defaults = .structure(list)
        }
        var storage = ConfigValueStorage(.pointer(defaults, to: .structure(fields)))
        try PluginOptionDecoder().decode([
            "headers": .map(["Foo": .string("Bar"), "Num": .string("42")]), "count": .string("7"),
            "Enabled": .string("true"), "ratio": .string("1.500000"), "list": .list([.string("a"), .string("b")]),
            "ints": .list([.int(1), .int(2), .int(3)]), "csv": .string("a,b,c"), "custom_tag": .string("t"),
            "snake_key": .string("s"),
        ], into: &storage)
        let v = storage.value
        XCTAssertEqual(v[field: "Headers"], .map(["Default": .string("x"), "Foo": .string("Bar"), "Num": .string("42")], value: .string))
        XCTAssertEqual(v[field: "Count"], .int(7))
        XCTAssertEqual(v[field: "Enabled"], .bool(true))
        XCTAssertEqual(v[field: "Ratio"], .float(1.5))
        XCTAssertEqual(v[field: "List"], .slice([.string("a"), .string("b")], element: .string))
        XCTAssertEqual(v[field: "Ints"], .slice([.int(1), .int(2), .int(3)], element: .int(bits: 64)))
        XCTAssertEqual(v[field: "CSV"], .slice([.string("a"), .string("b"), .string("c")], element: .string))
        XCTAssertEqual(v[field: "Tagged"], .string("t"))
        XCTAssertEqual(v[field: "SnakeKey"], .string(""), "json-style keys do not reach SnakeKey")
    }

    func testEmptyOptionsSkipDecodingAndNonPointerFails() throws {
        var storage = ConfigValueStorage(.structure([ConfigField(name: "A", value: .string("d"))]))
        try PluginOptionDecoder().decode([:], into: &storage)
        XCTAssertEqual(storage.value[field: "A"], .string("d"))
        XCTAssertThrowsError(try PluginOptionDecoder().decode(["a": .string("x")], into: &storage)) { error in
            XCTAssertEqual("\(error)", "plugin: failed to create configuration decoder: result must be a pointer")
        }
    }

    func testErrorsAreCountedAndSorted() {
        let fields = [ConfigFieldType("B", .int(bits: 64)), ConfigFieldType("A", .bool)]
        var storage = ConfigValueStorage(.pointer(nil, to: .structure(fields)))
        XCTAssertThrowsError(try PluginOptionDecoder().decode(["b": .string("x"), "a": .string("on")], into: &storage)) { error in
            XCTAssertEqual("\(error)", """
                plugin: failed to decode configuration: 2 error(s) decoding:

                * cannot parse 'A' as bool: strconv.ParseBool: parsing "on": invalid syntax
                * cannot parse 'B' as int: strconv.ParseInt: parsing "x": invalid syntax
                """)
        }
    }

    func testUnexportedFieldAnswersToXPrefixedKey() throws {
        let fields = [ConfigFieldType("secret", .string)]
        var storage = ConfigValueStorage(.pointer(nil, to: .structure(fields)))
        try PluginOptionDecoder().decode(["secret": .string("no"), "xsecret": .string("yes")], into: &storage)
        XCTAssertEqual(storage.value[field: "secret"], .string("yes"))
    }
}
