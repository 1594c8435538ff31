import XCTest
@testable import GoInterpreter

final class PackageLoaderTests: XCTestCase {
    private func write(_ root: URL, _ rel: String, _ text: String) throws {
        let url = root.appendingPathComponent(rel)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func testLoadsModuleSubPackagesVendorAndGopath() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let app = root.appendingPathComponent("app")
        try write(app, "go.mod", "module example.com/app\n\ngo 1.22\n")
        try write(app, "config/config.go", "package config\n\ntype Config struct{ Rules []string }\n\nfunc Default() *Config { return &Config{Rules: []string{\"a\"}} }\n")
        try write(app, "vendor/github.com/x/util/util.go", "package util\n\nfunc Twice(n int) int { return 2 * n }\n")
        try write(root, "gopath/src/other.org/lib/lib.go", "package lib\n\nconst Name = \"lib\"\n")
        try write(app, "main.go", """
        package main

        import (
        \t"example.com/app/config"
        \t"github.com/x/util"
        \t"other.org/lib"
        )

        func main() {
        \tc := config.Default()
        \tn := util.Twice(len(c.Rules))
        \tvar s string = lib.Name
        \t_, _ = n, s
        }
        """)
        let loader = PackageLoader(table: TypeTable(), native: NoImporter(), gopaths: [root.appendingPathComponent("gopath").path])
        let main = loader.loadMain(directory: app.path)
        XCTAssertNotNil(main)
        XCTAssertEqual(loader.allDiagnostics.filter { $0.severity == .error }.map { $0.formatted(in: loader.fileSet) }, [])
        XCTAssertEqual(loader.packages.map(\.path), ["example.com/app/config", "github.com/x/util", "other.org/lib", "main"])
        // Each package's tables cover only its own nodes.
        let ranges = loader.packages.map { $0.result.info.types.range }.sorted { $0.lowerBound < $1.lowerBound }
        for (a, b) in zip(ranges, ranges.dropFirst()) { XCTAssertLessThanOrEqual(a.upperBound, b.lowerBound) }
        let mainFile = main!.files[0]
        XCTAssertTrue(main!.result.info.types.range.contains(mainFile.id))
    }

    func testReportsImportCyclesAndMissingPackages() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try write(root, "go.mod", "module m\n")
        try write(root, "a/a.go", "package a\n\nimport \"m/b\"\n\nvar X = b.Y\n")
        try write(root, "b/b.go", "package b\n\nimport \"m/a\"\n\nvar Y = 1\n\nvar _ = a.X\n")
        try write(root, "main.go", "package main\n\nimport (\n\t\"m/a\"\n\t\"nowhere/pkg\"\n)\n\nfunc main() { _ = a.X }\n")
        let loader = PackageLoader(table: TypeTable(), native: NoImporter())
        loader.loadMain(directory: root.path)
        let messages = loader.allDiagnostics.filter { $0.severity == .error }.map(\.message)
        XCTAssertTrue(messages.contains("import cycle not allowed: main -> m/a -> m/b -> m/a"), "\(messages)")
        XCTAssertTrue(messages.contains("could not import nowhere/pkg (package not found)"), "\(messages)")
    }

    func testLoadsAPluginByImportPathWithItsVendorDirectory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loader-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let plugin = "src/github.com/acme/traefik-plugin-x"
        try write(root, plugin + "/go.mod", "module github.com/acme/traefik-plugin-x\n")
        try write(root, plugin + "/vendor/github.com/dep/lib/lib.go", "package lib\n\nfunc Ok() bool { return true }\n")
        try write(root, plugin + "/internal/cfg/cfg.go", "package cfg\n\ntype Config struct{ On bool }\n")
        try write(root, plugin + "/plugin_windows.go", "package plugin\n\nthis is not even Go\n")
        try write(root, plugin + "/plugin.go", """
        package plugin

        import (
        \t"github.com/acme/traefik-plugin-x/internal/cfg"
        \t"github.com/dep/lib"
        )

        func CreateConfig() *cfg.Config { return &cfg.Config{On: lib.Ok()} }
        """)
        let loader = PackageLoader(table: TypeTable(), native: NoImporter(), gopaths: [root.path])
        let p = loader.loadRoot(importPath: "github.com/acme/traefik-plugin-x")
        XCTAssertNotNil(p)
        XCTAssertEqual(loader.allDiagnostics.filter { $0.severity == .error }.map { $0.formatted(in: loader.fileSet) }, [])
        XCTAssertEqual(p?.result.package.ref.name, "plugin")
        XCTAssertNotNil(p?.result.package.scope.lookupLocal("CreateConfig"))
    }
}
