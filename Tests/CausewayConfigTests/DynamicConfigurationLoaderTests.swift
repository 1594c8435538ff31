import XCTest
@testable import CausewayConfig

final class DynamicConfigurationLoaderTests: XCTestCase {
    func testSingleFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("dynamic.yml", "http:\n  routers:\n    r:\n      rule: Path(`/`)\n      service: s\n")
        let loaded = try DynamicConfigurationLoader.load(FileProviderConfiguration(filename: path))
        XCTAssertEqual(loaded.configuration.http.routers["r"]?.service, "s")
        XCTAssertEqual(loaded.warnings, [])
    }

    func testNeitherFilenameNorDirectory() {
        XCTAssertThrowsError(try DynamicConfigurationLoader.load(FileProviderConfiguration())) {
            XCTAssertEqual("\($0)", "error using file configuration provider, neither filename nor directory is defined")
        }
    }

    func testDirectoryWinsOverFilename() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("single.yml", "http:\n  routers:\n    fromFile:\n      rule: x\n")
        try directory.write("dir/a.yml", "http:\n  routers:\n    fromDirectory:\n      rule: x\n")
        let loaded = try DynamicConfigurationLoader.load(
            FileProviderConfiguration(filename: file, directory: directory.path + "/dir"))
        XCTAssertEqual(Array(loaded.configuration.http.routers.keys), ["fromDirectory"])
    }

    func testDirectoryMergeOrderAndDuplicates() throws {
        let directory = try TemporaryDirectory()
        try directory.write("b.yml", """
            http:
              routers:
                shared:
                  rule: from-b
              services:
                svc:
                  loadBalancer: {servers: [{url: "http://b"}]}
            """)
        try directory.write("a.toml", """
            [http.routers.shared]
            rule = "from-a"
            [http.middlewares.mw.addPrefix]
            prefix = "/a"
            """)
        try directory.write("sub/c.YAML", """
            http:
              routers:
                shared:
                  rule: from-sub
                onlySub:
                  rule: sub
              middlewares:
                mw:
                  stripPrefix: {prefixes: [/x]}
            """)
        try directory.write("notes.txt", "not: [configuration")
        try directory.write("sub/deeper/d.yml", "http:\n  services:\n    svc:\n      weighted: {services: [{name: x}]}\n")

        XCTAssertEqual(try DynamicConfigurationLoader.configurationFiles(in: directory.path),
                       ["a.toml", "b.yml", "sub/c.YAML", "sub/deeper/d.yml"])
        let loaded = try DynamicConfigurationLoader.load(directory: directory.path)
        let http = loaded.configuration.http
        XCTAssertEqual(http.routers["shared"]?.rule, "from-a", "the first definition in lexical order wins")
        XCTAssertEqual(http.routers["onlySub"]?.rule, "sub")
        XCTAssertEqual(http.middlewares["mw"]?.type, "addPrefix")
        XCTAssertNotNil(http.services["svc"]?.loadBalancer)
        XCTAssertEqual(loaded.warnings, [
            "HTTP router already configured, skipping (origin: b.yml, name: shared)",
            "HTTP router already configured, skipping (origin: sub/c.YAML, name: shared)",
            "HTTP middleware already configured, skipping (origin: sub/c.YAML, name: mw)",
            "HTTP service already configured, skipping (origin: sub/deeper/d.yml, name: svc)",
        ])
    }

    func testOneBadFileFailsTheDirectoryWithItsPath() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.yml", "http:\n  routers:\n    r:\n      rule: x\n")
        try directory.write("sub/b.yml", "http:\n  routers:\n    r2:\n      rulle: x\n")
        XCTAssertThrowsError(try DynamicConfigurationLoader.load(directory: directory.path)) {
            XCTAssertEqual("\($0)", "\(directory.path)/sub/b.yml:4: http.routers.r2: field not found, node: rulle")
        }
    }

    func testRawSectionsMerge() throws {
        let directory = try TemporaryDirectory()
        try directory.write("a.yml", "tls:\n  certificates:\n    - certFile: a.pem\n  options:\n    strict: {sniStrict: true}\n")
        try directory.write("b.yml", "tls:\n  certificates:\n    - certFile: b.pem\n  options:\n    strict: {sniStrict: false}\n")
        let loaded = try DynamicConfigurationLoader.load(directory: directory.path)
        XCTAssertEqual(loaded.configuration.tls?.entry(named: "certificates")?.node.description,
                       "[{certFile: \"a.pem\"}, {certFile: \"b.pem\"}]")
        XCTAssertEqual(loaded.warnings, ["TLS options already configured, skipping (origin: b.yml, name: strict)"])
    }

    func testEmptyDirectoryGivesEmptyConfiguration() throws {
        let directory = try TemporaryDirectory()
        XCTAssertEqual(try DynamicConfigurationLoader.load(directory: directory.path).configuration, DynamicConfiguration())
    }
}
