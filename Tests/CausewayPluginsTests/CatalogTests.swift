import CausewayConfig
import Foundation
import Logging
import XCTest
@testable import CausewayPlugins

final class CatalogTests: XCTestCase {
    var workDir = ""

    override func setUpWithError() throws {
        workDir = NSTemporaryDirectory() + "catalog-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: workDir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: workDir)
    }

    func writeManifest(_ module: String, _ text: String, gopath: String = "plugins-local") throws {
        let dir = workDir + "/" + gopath + "/src/" + module
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try text.write(toFile: dir + "/.traefik.yml", atomically: true, encoding: .utf8)
    }

    func validManifest(_ module: String) -> String {
        "displayName: D\ntype: middleware\nimport: \(module)\nsummary: S\ntestData: {}\n"
    }

    func experimental(_ locals: [String: String]) -> ExperimentalConfiguration {
        var config = ExperimentalConfiguration()
        for (alias, module) in locals { config.localPlugins[alias] = LocalPluginConfiguration(moduleName: module) }
        return config
    }

    let logger = Logger(label: "test")

    func testResolvesLocalPlugins() throws {
        try writeManifest("github.com/a/one", validManifest("github.com/a/one"))
        try writeManifest("github.com/a/two", validManifest("github.com/a/two/pkg"))
        let catalog = try LocalPluginCatalog.load(experimental(["one": "github.com/a/one", "second": "github.com/a/two"]),
                                                  workingDirectory: workDir, checkingCode: false, logger: logger)
        XCTAssertNil(catalog.disabledReason)
        XCTAssertEqual(catalog.plugins.keys.sorted(), ["one", "second"])
        let second = try XCTUnwrap(catalog.plugins["second"])
        XCTAssertEqual(second.moduleName, "github.com/a/two")
        XCTAssertEqual(second.importPath, "github.com/a/two/pkg")
        XCTAssertEqual(second.gopathRoot, workDir + "/plugins-local")
        XCTAssertEqual(second.packageDirectory, workDir + "/plugins-local/src/github.com/a/two/pkg")
    }

    func testOneFailingPluginDisablesAll() throws {
        try writeManifest("github.com/a/one", validManifest("github.com/a/one"))
        try writeManifest("github.com/a/bad", "displayName: D\ntype: middleware\nimport: github.com/a/bad\ntestData: {}\n")
        let catalog = try LocalPluginCatalog.load(experimental(["one": "github.com/a/one", "bad": "github.com/a/bad"]),
                                                  workingDirectory: workDir, logger: logger)
        XCTAssertEqual(catalog.plugins, [:])
        XCTAssertEqual(catalog.disabledReason, "plugins-local/src/github.com/a/bad/.traefik.yml: field \"summary\": missing Summary")
    }

    func testAbortOnPluginFailureThrows() throws {
        var config = experimental(["gone": "github.com/a/missing"])
        config.abortOnPluginFailure = true
        XCTAssertThrowsError(try LocalPluginCatalog.load(config, workingDirectory: workDir, logger: logger)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("plugin: failed to create plugin builder: plugins-local/src/github.com/a/missing/.traefik.yml: failed to open the plugin manifest"), text)
        }
    }

    func testRemotePluginsAreRejectedClearly() throws {
        try writeManifest("github.com/a/one", validManifest("github.com/a/one"))
        var config = experimental(["one": "github.com/a/one"])
        var remote = RemotePluginConfiguration()
        remote.moduleName = "github.com/traefik/plugindemo"
        config.plugins["demo"] = remote
        let (plugins, errors) = LocalPluginCatalog.resolve(config, workingDirectory: workDir)
        XCTAssertEqual(plugins.keys.sorted(), ["one"])
        XCTAssertEqual(errors.count, 1)
        XCTAssertTrue(errors[0].hasPrefix("demo: remote plugins (experimental.plugins) are not supported"), errors[0])
        XCTAssertNotNil(try LocalPluginCatalog.load(config, workingDirectory: workDir, logger: logger).disabledReason)
    }

    func testAliasAndModuleRules() throws {
        try writeManifest("github.com/a/one", validManifest("github.com/a/one"))
        var config = experimental(["x": "github.com/a/one", "y": "github.com/a/one", "empty": "", "slash": "/github.com/a"])
        config.plugins["x"] = RemotePluginConfiguration()
        let errors = LocalPluginCatalog.resolve(config, workingDirectory: workDir).errors
        XCTAssertTrue(errors.contains("the plugin's name \"x\" must be unique"), "\(errors)")
        XCTAssertTrue(errors.contains("empty: plugin name is missing"), "\(errors)")
        XCTAssertTrue(errors.contains("slash: plugin name should not start or end with a /"), "\(errors)")
        XCTAssertTrue(errors.contains("only one version of a plugin is allowed, there is a duplicate of github.com/a/one"), "\(errors)")
    }

    func testDevPluginUsesItsGopathAndAliasDev() throws {
        try writeManifest("github.com/a/dev", validManifest("github.com/a/dev"), gopath: "gp")
        var config = ExperimentalConfiguration()
        var dev = DevPluginConfiguration()
        dev.goPath = "gp"
        dev.moduleName = "github.com/a/dev"
        config.devPlugin = dev
        let catalog = try LocalPluginCatalog.load(config, workingDirectory: workDir, checkingCode: false, logger: logger)
        XCTAssertEqual(catalog.plugins["dev"]?.moduleDirectory, workDir + "/gp/src/github.com/a/dev")
    }

    func testUseUnsafeNeedsTheSetting() throws {
        try writeManifest("github.com/a/u", validManifest("github.com/a/u") + "useUnsafe: true\n")
        var config = experimental(["u": "github.com/a/u"])
        XCTAssertEqual(LocalPluginCatalog.resolve(config, workingDirectory: workDir).errors.count, 1)
        var settings = PluginSettings()
        settings.useUnsafe = true
        config.localPlugins["u"]?.settings = settings
        XCTAssertEqual(LocalPluginCatalog.resolve(config, workingDirectory: workDir).errors, [])
    }

    func testNoExperimentalSectionMeansNoPlugins() throws {
        let catalog = try LocalPluginCatalog.load(nil, workingDirectory: workDir, logger: logger)
        XCTAssertEqual(catalog.plugins, [:])
        XCTAssertNil(catalog.disabledReason)
    }
}

final class CatalogCodeCheckTests: XCTestCase {
    func testExamplesLoadWithTheirConfigTypes() throws {
        var config = ExperimentalConfiguration()
        for name in ["headertemplate", "blocklist"] {
            config.localPlugins[name] = LocalPluginConfiguration(moduleName: "github.com/causeway-examples/" + name)
        }
        let catalog = try LocalPluginCatalog.load(config, workingDirectory: PluginCheckTests.repositoryRoot, logger: Logger(label: "test"))
        XCTAssertNil(catalog.disabledReason)
        XCTAssertEqual(catalog.plugins["headertemplate"]?.configType,
                       .pointer(.structure([ConfigFieldType("Headers", .map(.string))])))
        XCTAssertNotNil(catalog.plugins["blocklist"]?.configType)
    }

    func testCodeErrorDisablesAllPlugins() throws {
        let workDir = NSTemporaryDirectory() + "catalog-code-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: workDir) }
        let dir = workDir + "/plugins-local/src/github.com/a/bad"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try "displayName: D\ntype: middleware\nimport: github.com/a/bad\nsummary: S\ntestData: {}\n"
            .write(toFile: dir + "/.traefik.yml", atomically: true, encoding: .utf8)
        try "package bad\n\nfunc CreateConfig() *int { return nil }\n\nvar x = undefinedThing\n"
            .write(toFile: dir + "/bad.go", atomically: true, encoding: .utf8)
        var config = ExperimentalConfiguration()
        config.localPlugins["bad"] = LocalPluginConfiguration(moduleName: "github.com/a/bad")
        let catalog = try LocalPluginCatalog.load(config, workingDirectory: workDir, logger: Logger(label: "test"))
        XCTAssertEqual(catalog.plugins, [:])
        XCTAssertEqual(catalog.disabledReason, "bad: failed to import plugin code \"github.com/a/bad\": plugins-local/src/github.com/a/bad/bad.go:5:9: undefined: undefinedThing")
        config.abortOnPluginFailure = true
        XCTAssertThrowsError(try LocalPluginCatalog.load(config, workingDirectory: workDir, logger: Logger(label: "test")))
    }
}
