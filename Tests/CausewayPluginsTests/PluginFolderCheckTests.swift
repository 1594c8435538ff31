import Foundation
import XCTest
@testable import CausewayPlugins

final class PluginFolderCheckTests: XCTestCase {
    let root = PluginCheckTests.repositoryRoot

    func testExampleFoldersPassAndDecodeTestData() {
        let expected = [
            "headertemplate": "&{Headers:map[X-Method-Host:{{ .Method }} {{ .Host }} X-Path:{{ .URL.Path }}]}",
            "bodyrewrite": "&{Replacements:[{Find:Hello Replace:Goodbye} {Find:http:// Replace:https://}]}",
            "blocklist": "&{Paths:[^/admin(/|$) \\.php$] SourceRanges:[192.0.2.0/24 2001:db8::/32] Message:Blocked}",
        ]
        for (name, decoded) in expected {
            let report = PluginFolderCheck(directory: "plugins-local/src/github.com/causeway-examples/" + name, workingDirectory: root).run()
            XCTAssertEqual(report.errors, [], name)
            XCTAssertTrue(report.notes.last?.hasSuffix(decoded) ?? false, "\(name): \(report.notes)")
        }
    }

    /// A folder outside any GOPATH tree is checked through a temporary one (module from go.mod).
    func testFolderOutsideGopathWithBadTestData() throws {
        let dir = NSTemporaryDirectory() + "folder-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "module example.com/limit\n\ngo 1.22\n".write(toFile: dir + "/go.mod", atomically: true, encoding: .utf8)
        try "displayName: L\ntype: middleware\nimport: example.com/limit\nsummary: S\ntestData:\n  max: lots\n"
            .write(toFile: dir + "/.traefik.yml", atomically: true, encoding: .utf8)
        try """
            package limit

            import (
            \t"context"
            \t"net/http"
            )

            type Config struct{ Max int }

            func CreateConfig() *Config { return &Config{Max: 10} }

            func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
            \treturn next, nil
            }

            """.write(toFile: dir + "/limit.go", atomically: true, encoding: .utf8)
        let report = PluginFolderCheck(directory: dir, workingDirectory: "/").run()
        XCTAssertEqual(report.errors, ["\(dir)/.traefik.yml: field \"testData\": plugin: failed to decode configuration: 1 error(s) decoding:\n\n* cannot parse 'Max' as int: strconv.ParseInt: parsing \"lots\": invalid syntax"])
        XCTAssertTrue(report.notes.contains("module example.com/limit, import example.com/limit"), "\(report.notes)")
    }

    func testMissingManifest() {
        let report = PluginFolderCheck(directory: "no/such/plugin", workingDirectory: root).run()
        XCTAssertEqual(report.errors.count, 1)
        XCTAssertTrue(report.errors[0].hasPrefix("no/such/plugin/.traefik.yml: failed to open the plugin manifest"), report.errors[0])
    }
}
