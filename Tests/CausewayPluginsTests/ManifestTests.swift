import CausewayConfig
import XCTest
@testable import CausewayPlugins

final class ManifestTests: XCTestCase {
    let file = "plugins-local/src/github.com/x/y/.traefik.yml"

    func parse(_ text: String) throws -> PluginManifest {
        try PluginManifest.parse(text, file: file)
    }

    func testValidManifestWithStageATypedTestData() throws {
        let manifest = try parse("""
            displayName: Demo
            type: middleware
            import: github.com/x/y/sub
            summary: Adds headers
            iconPath: icon.png
            testData:
              Headers:
                X-Demo: test
              count: 42
              ratio: 1.5
              ids: [1, 2]
              names: [a, 1]
              flags: [true, false]
              empty: []
              gone:
            """)
        XCTAssertEqual(manifest.displayName, "Demo")
        XCTAssertEqual(manifest.importPath, "github.com/x/y/sub")
        XCTAssertEqual(manifest.effectiveBasePackage, "sub")
        XCTAssertTrue(manifest.isInterpreted)
        XCTAssertEqual(manifest.testData, [
            "Headers": .map(["X-Demo": .string("test")]),
            "count": .string("42"),
            "ratio": .string("1.5"),
            "ids": .list([.int(1), .int(2)]),
            "names": .list([.string("a"), .string("1")]),
            "flags": .list([.bool(true), .bool(false)]),
            "empty": .string(""),
        ])
        XCTAssertEqual(manifest.validate(moduleName: "github.com/x/y", file: file), [])
    }

    func testBasePackageDefaultReplacesDashes() throws {
        let manifest = try parse("import: github.com/acme/traefik-foo\n")
        XCTAssertEqual(manifest.effectiveBasePackage, "traefik_foo")
        XCTAssertEqual(try parse("import: github.com/acme/traefik-foo\nbasePkg: foo\n").effectiveBasePackage, "foo")
    }

    func testMissingFieldsAreNamedWithFileAndField() throws {
        let errors = try parse("type: middleware\n").validate(moduleName: "github.com/x/y", file: file).map(\.description)
        XCTAssertEqual(errors, [
            "\(file): field \"import\": missing import",
            "\(file): field \"displayName\": missing DisplayName",
            "\(file): field \"summary\": missing Summary",
            "\(file): field \"testData\": missing TestData",
        ])
    }

    func testNullTestDataIsMissingButEmptyMapIsAccepted() throws {
        let base = "displayName: D\ntype: middleware\nimport: github.com/x/y\nsummary: S\n"
        XCTAssertEqual(try parse(base + "testData:\n").validate(moduleName: "github.com/x/y", file: file).map(\.field), ["testData"])
        XCTAssertEqual(try parse(base + "testData: {}\n").validate(moduleName: "github.com/x/y", file: file), [])
    }

    func testImportMustBeUnderTheModuleName() throws {
        let manifest = try parse("displayName: D\ntype: middleware\nimport: github.com/other/z\nsummary: S\ntestData: {}\n")
        XCTAssertEqual(manifest.validate(moduleName: "github.com/x/y", file: file).map(\.description), [
            "\(file): field \"import\": the import \"github.com/other/z\" must be related to the module name \"github.com/x/y\"",
        ])
    }

    func testTypesAndRuntimes() throws {
        let base = "displayName: D\nimport: github.com/x/y\nsummary: S\ntestData: {}\n"
        XCTAssertEqual(try parse(base + "type: filter\n").validate(moduleName: "github.com/x/y", file: file).map(\.description),
                       ["\(file): field \"type\": unsupported type \"filter\""])
        XCTAssertEqual(try parse(base + "type: middleware\nruntime: lua\n").validate(moduleName: "github.com/x/y", file: file).map(\.description),
                       ["\(file): field \"runtime\": unsupported runtime '\"lua\"'"])
        let wasm = try parse(base + "type: middleware\nruntime: wasm\n").validate(moduleName: "github.com/x/y", file: file)
        XCTAssertEqual(wasm.map(\.field), ["runtime"])
        XCTAssertTrue(wasm[0].message.contains("wasm plugins are not supported"), wasm[0].message)
        XCTAssertEqual(try parse(base + "type: middleware\nruntime: yaegi\n").validate(moduleName: "github.com/x/y", file: file), [])
        XCTAssertEqual(try parse(base + "type: provider\nruntime: wasm\n").validate(moduleName: "github.com/x/y", file: file).first?.field, "runtime")
    }

    func testBadYamlAndBadFieldTypes() {
        XCTAssertThrowsError(try parse("displayName: [unclosed\n")) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(file): failed to decode the plugin manifest"), "\(error)")
        }
        XCTAssertThrowsError(try parse("useUnsafe: maybe\n")) { error in
            XCTAssertEqual((error as? PluginManifestError)?.field, "useUnsafe")
        }
        XCTAssertThrowsError(try parse("testData: [a, b]\n")) { error in
            XCTAssertEqual("\(error)", "\(file): field \"testData\": expected a mapping of sample options")
        }
        XCTAssertThrowsError(try parse("testData:\n  x: [[1]]\n")) { error in
            XCTAssertEqual("\(error)", "\(file): field \"testData\": unsupported simple value type: slice")
        }
    }
}
