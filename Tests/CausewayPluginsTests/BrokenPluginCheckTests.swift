import CausewayConfig
import Foundation
import XCTest
@testable import CausewayPlugins

/// Plugins written to a temporary GOPATH, each broken in one way.
final class BrokenPluginCheckTests: XCTestCase {
    var workDir = ""
    let module = "github.com/acme/demo"

    override func setUpWithError() throws {
        workDir = NSTemporaryDirectory() + "check-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: workDir)
    }

    static let header = """
        package demo

        import (
        \t"context"
        \t"net/http"
        )

        type Config struct {
        \tName string
        }

        func CreateConfig() *Config { return &Config{} }

        type demo struct{ next http.Handler }

        func (d *demo) ServeHTTP(rw http.ResponseWriter, req *http.Request) { d.next.ServeHTTP(rw, req) }

        """

    static let goodNew = """
        func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
        \treturn &demo{next: next}, nil
        }

        """

    func check(_ files: [String: String], manifestExtra: String = "", importPath: String? = nil) throws -> PluginCheckResult {
        let dir = workDir + "/plugins-local/src/" + module
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "displayName: D\ntype: middleware\nimport: \(importPath ?? module)\nsummary: S\ntestData: {name: x}\n\(manifestExtra)"
            .write(toFile: dir + "/.traefik.yml", atomically: true, encoding: .utf8)
        for (name, text) in files {
            let path = dir + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        var config = ExperimentalConfiguration()
        config.localPlugins["demo"] = LocalPluginConfiguration(moduleName: module)
        let (plugins, errors) = LocalPluginCatalog.resolve(config, workingDirectory: workDir)
        XCTAssertEqual(errors, [])
        return PluginChecker(displayBase: workDir).check(try XCTUnwrap(plugins["demo"]))
    }

    let file = "plugins-local/src/github.com/acme/demo/demo.go"

    func testGoodPluginWithVendoredDependencyAndIgnoredTestFile() throws {
        let result = try check([
            "demo.go": Self.header.replacingOccurrences(of: "\"net/http\"\n", with: "\"net/http\"\n\t\"github.com/dep/greet\"\n")
                + Self.goodNew + "var greeting = greet.Hello()\n",
            "demo_test.go": "package demo\n\nthis is not go\n",
            "vendor/github.com/dep/greet/greet.go": "package greet\n\nfunc Hello() string { return \"hi\" }\n",
        ])
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.configType, .pointer(.structure([ConfigFieldType("Name", .string)])))
    }

    func testTypeErrorIsReportedWithPosition() throws {
        let result = try check(["demo.go": Self.header + Self.goodNew + "var broken int = \"text\"\n"])
        XCTAssertEqual(result.errors.count, 1, "\(result.errors)")
        XCTAssertTrue(result.errors.first?.hasPrefix("\(file):20:18: cannot use \"text\"") ?? false, "\(result.errors)")
    }

    func testSyntaxErrorIsReportedWithPosition() throws {
        let result = try check(["demo.go": Self.header + "func New( {\n"])
        XCTAssertFalse(result.errors.isEmpty)
        XCTAssertTrue(result.errors[0].hasPrefix("\(file):17:11:"), "\(result.errors)")
    }

    func testUnknownImport() throws {
        let result = try check(["demo.go": Self.header.replacingOccurrences(of: "\"net/http\"\n", with: "\"net/http\"\n\t\"github.com/missing/dep\"\n") + Self.goodNew])
        XCTAssertTrue(result.errors.contains { $0.hasPrefix("\(file):6:") && $0.contains("github.com/missing/dep") }, "\(result.errors)")
    }

    func testMissingNew() throws {
        let result = try check(["demo.go": Self.header])
        XCTAssertEqual(result.errors, ["github.com/acme/demo: failed to eval New: the package must declare func New(ctx context.Context, next http.Handler, config *demo.Config, name string) (http.Handler, error)"])
    }

    func testMissingCreateConfig() throws {
        let source = Self.header.replacingOccurrences(of: "func CreateConfig() *Config { return &Config{} }\n", with: "") + Self.goodNew
        XCTAssertEqual(try check(["demo.go": source]).errors, ["github.com/acme/demo: failed to eval CreateConfig: the package must declare func CreateConfig()"])
    }

    func testWrongNewSignature() throws {
        let result = try check(["demo.go": Self.header + """
            func New(next http.Handler, config Config) http.Handler {
            \treturn &demo{next: next}
            }

            """])
        XCTAssertEqual(result.errors, [
            "\(file):17:6: New has parameters (http.Handler, demo.Config); Traefik calls func New(ctx context.Context, next http.Handler, config *demo.Config, name string) (http.Handler, error)",
        ])
    }

    func testCreateConfigReturningTwoValues() throws {
        let source = Self.header.replacingOccurrences(of: "func CreateConfig() *Config { return &Config{} }",
                                                      with: "func CreateConfig() (*Config, error) { return &Config{}, nil }") + Self.goodNew
        let errors = try check(["demo.go": source]).errors
        XCTAssertEqual(errors, ["\(file):12:6: invalid number of return for the CreateConfig function: 2"])
    }

    func testBasePackageMismatch() throws {
        let errors = try check(["demo.go": Self.header.replacingOccurrences(of: "package demo", with: "package other") + Self.goodNew]).errors
        XCTAssertEqual(errors, ["plugins-local/src/github.com/acme/demo/.traefik.yml: field \"basePkg\": the package is named \"other\" but Traefik evaluates demo.New (set basePkg: other)"])
        let fixed = try check(["demo.go": Self.header.replacingOccurrences(of: "package demo", with: "package other") + Self.goodNew],
                              manifestExtra: "basePkg: other\n")
        XCTAssertEqual(fixed.errors, [])
    }

    func testPackageInSubdirectory() throws {
        let result = try check(["sub/demo.go": Self.header + Self.goodNew], importPath: module + "/sub",)
        XCTAssertEqual(result.errors, ["plugins-local/src/github.com/acme/demo/.traefik.yml: field \"basePkg\": the package is named \"demo\" but Traefik evaluates sub.New (set basePkg: demo)"])
    }
}
