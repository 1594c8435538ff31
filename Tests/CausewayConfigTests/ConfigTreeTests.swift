import XCTest
@testable import CausewayConfig

final class ConfigTreeTests: XCTestCase {
    private func scalar(_ node: ConfigNode?, _ key: String) -> (String, ScalarKind)? {
        guard case .scalar(let text, let kind)? = node?.entry(named: key)?.node.value else { return nil }
        return (text, kind)
    }

    func testYAMLScalarsFollowYAML12AndTraefikText() throws {
        let tree = try ConfigFormat.yaml.parse("""
            a: 42
            b: 0x1F
            c: 1.5
            d: 2.0
            e: 1e3
            f: true
            g: yes
            h: "007"
            i: -5
            j: TRUE
            k: on
            l:
            m: 18446744073709551615
            """, file: "t.yml")
        XCTAssertEqual(scalar(tree, "a")?.0, "42"); XCTAssertEqual(scalar(tree, "a")?.1, .int)
        XCTAssertEqual(scalar(tree, "b")?.0, "31")
        XCTAssertEqual(scalar(tree, "c")?.0, "1.500000"); XCTAssertEqual(scalar(tree, "c")?.1, .float)
        XCTAssertEqual(scalar(tree, "d")?.0, "2")
        XCTAssertEqual(scalar(tree, "e")?.0, "1000")
        XCTAssertEqual(scalar(tree, "f")?.1, .bool)
        XCTAssertEqual(scalar(tree, "g")?.0, "yes"); XCTAssertEqual(scalar(tree, "g")?.1, .string)
        XCTAssertEqual(scalar(tree, "h")?.0, "007"); XCTAssertEqual(scalar(tree, "h")?.1, .string)
        XCTAssertEqual(scalar(tree, "i")?.0, "-5")
        XCTAssertEqual(scalar(tree, "j")?.0, "true"); XCTAssertEqual(scalar(tree, "j")?.1, .bool)
        XCTAssertEqual(scalar(tree, "k")?.1, .string)
        XCTAssertEqual(tree.entry(named: "l")?.node.isNull, true)
        XCTAssertEqual(scalar(tree, "m")?.0, "18446744073709551615")
    }

    func testYAMLKeepsLines() throws {
        let tree = try ConfigFormat.yaml.parse("http:\n  routers:\n    api:\n      rule: x\n", file: "t.yml")
        let routers = tree.entry(named: "http")?.node.entry(named: "routers")
        XCTAssertEqual(routers?.keyLine, 2)
        XCTAssertEqual(routers?.node.entry(named: "api")?.node.entry(named: "rule")?.node.line, 4)
    }

    func testYAMLMergeKeys() throws {
        let tree = try ConfigFormat.yaml.parse("""
            base: &base
              a: 1
              b: 2
            other:
              <<: *base
              b: 3
            """, file: "t.yml")
        let other = tree.entry(named: "other")?.node
        XCTAssertEqual(other?.entry(named: "a")?.node.scalarText, "1")
        XCTAssertEqual(other?.entry(named: "b")?.node.scalarText, "3")
    }

    func testYAMLSyntaxErrorNamesFileAndLine() {
        XCTAssertThrowsError(try ConfigFormat.yaml.parse("a: b\n  c: d\n", file: "bad.yml")) { error in
            let error = error as! ConfigError
            XCTAssertEqual(error.file, "bad.yml")
            XCTAssertEqual(error.line, 2)
            XCTAssertTrue(error.description.hasPrefix("bad.yml:2: yaml: "), error.description)
        }
    }

    func testTOMLScalarsUseTheSameTextForms() throws {
        let tree = try ConfigFormat.toml.parse("""
            a = 42
            b = 0x1F
            c = 1.5
            d = 2.0
            f = true
            s = "x"
            [t]
            u = [1, 2]
            """, file: "t.toml")
        XCTAssertEqual(scalar(tree, "a")?.0, "42"); XCTAssertEqual(scalar(tree, "a")?.1, .int)
        XCTAssertEqual(scalar(tree, "b")?.0, "31")
        XCTAssertEqual(scalar(tree, "c")?.0, "1.500000"); XCTAssertEqual(scalar(tree, "c")?.1, .float)
        XCTAssertEqual(scalar(tree, "d")?.0, "2")
        XCTAssertEqual(scalar(tree, "f")?.0, "true")
        XCTAssertEqual(scalar(tree, "s")?.1, .string)
        XCTAssertEqual(tree.entry(named: "t")?.node.entry(named: "u")?.node,
                       .list([ConfigNode(.scalar("1", .int)), ConfigNode(.scalar("2", .int))]))
    }

    func testTOMLErrors() {
        XCTAssertThrowsError(try ConfigFormat.toml.parse("a = \n", file: "bad.toml")) { error in
            let error = error as! ConfigError
            XCTAssertEqual(error.file, "bad.toml")
            XCTAssertEqual(error.line, 1)
        }
        XCTAssertThrowsError(try ConfigFormat.toml.parse("[x]\nwhen = 1979-05-27\n", file: "d.toml")) { error in
            XCTAssertEqual("\(error)", "d.toml:2: x.when: unsupported value type: TOML date")
        }
    }

    func testFlagTreeMergesPathsCaseInsensitively() {
        var builder = FlagTreeBuilder()
        builder.set(path: ["entryPoints", "web", "address"], value: ":80")
        builder.set(path: ["entrypoints", "web", "asDefault"], value: "true")
        builder.set(path: ["api"], value: "true")
        builder.set(path: ["api", "insecure"], value: "true")
        let tree = builder.tree
        XCTAssertEqual(tree.entries?.count, 2)
        let web = tree.entry(named: "entryPoints")?.node.entry(named: "web")?.node
        XCTAssertEqual(web?.entry(named: "address")?.node.scalarText, ":80")
        XCTAssertEqual(web?.entry(named: "asdefault")?.node.scalarText, "true")
        XCTAssertEqual(tree.entry(named: "api")?.node.entry(named: "insecure")?.node.scalarText, "true")
    }

    func testEqualityIgnoresLinesAndMapOrder() {
        let a = ConfigNode.map([ConfigEntry(key: "x", keyLine: 3, node: .string("1", line: 3)),
                                ConfigEntry(key: "y", node: .string("2"))], line: 1)
        let b = ConfigNode.map([ConfigEntry(key: "y", node: .string("2")), ConfigEntry(key: "x", node: .string("1"))])
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, ConfigNode.map([ConfigEntry(key: "x", node: .string("1"))]))
        XCTAssertNotEqual(ConfigNode(.scalar("1", .int)), ConfigNode(.scalar("1", .string)))
    }
}
