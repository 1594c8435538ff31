import CausewayConfig
import Foundation
import XCTest
@testable import CausewayPlugins

final class PluginCheckTests: XCTestCase {
    /// The repository root, which holds `plugins-local/`.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func resolveExample(_ name: String) throws -> ResolvedPlugin {
        var config = ExperimentalConfiguration()
        config.localPlugins[name] = LocalPluginConfiguration(moduleName: "github.com/causeway-examples/" + name)
        let (plugins, errors) = LocalPluginCatalog.resolve(config, workingDirectory: Self.repositoryRoot)
        XCTAssertEqual(errors, [])
        return try XCTUnwrap(plugins[name])
    }

    func testExamplePluginsCheck() throws {
        let expectations: [(String, ConfigType)] = [
            ("headertemplate", .pointer(.structure([ConfigFieldType("Headers", .map(.string))]))),
            ("bodyrewrite", .pointer(.structure([ConfigFieldType("Replacements", .slice(.structure([
                ConfigFieldType("Find", .string), ConfigFieldType("Replace", .string)])))]))),
            ("blocklist", .pointer(.structure([ConfigFieldType("Paths", .slice(.string)),
                                               ConfigFieldType("SourceRanges", .slice(.string)),
                                               ConfigFieldType("Message", .string)]))),
        ]
        for (name, type) in expectations {
            let result = PluginChecker(displayBase: Self.repositoryRoot).check(try resolveExample(name))
            XCTAssertEqual(result.errors, [], name)
            XCTAssertEqual(result.packageName, name)
            XCTAssertEqual(result.configTypeName, "*\(name).Config")
            XCTAssertEqual(result.configType, type, name)
        }
    }
}
