import XCTest
@testable import CausewayConfig

final class StaticConfigurationTests: XCTestCase {
    private func parse(_ text: String, format: ConfigFormat = .yaml, file: String = "traefik.yml") throws -> LoadedStaticConfiguration {
        try StaticConfiguration.parse(text, format: format, file: file)
    }

    static let sampleYAML = """
        entryPoints:
          web:
            address: ":8080"
            asDefault: true
            transport:
              respondingTimeouts:
                readTimeout: 30s
              lifeCycle:
                graceTimeOut: 5
            forwardedHeaders:
              trustedIPs: ["10.0.0.0/8", "127.0.0.1"]
          admin:
            address: "127.0.0.1:9000/tcp"
        providers:
          providersThrottleDuration: 500ms
          file:
            directory: dynamic
            watch: false
        log:
          level: DEBUG
        serversTransport:
          insecureSkipVerify: true
          forwardingTimeouts:
            responseHeaderTimeout: 10s
        experimental:
          abortOnPluginFailure: true
          localPlugins:
            example:
              moduleName: github.com/traefik/plugindemo
              settings:
                useUnsafe: true
          plugins:
            remote:
              moduleName: github.com/x/y
              version: v1.0.0
        """

    static let sampleTOML = """
        [entryPoints.web]
        address = ":8080"
        asDefault = true
        [entryPoints.web.transport.respondingTimeouts]
        readTimeout = "30s"
        [entryPoints.web.transport.lifeCycle]
        graceTimeOut = 5
        [entryPoints.web.forwardedHeaders]
        trustedIPs = ["10.0.0.0/8", "127.0.0.1"]
        [entryPoints.admin]
        address = "127.0.0.1:9000/tcp"
        [providers]
        providersThrottleDuration = "500ms"
        [providers.file]
        directory = "dynamic"
        watch = false
        [log]
        level = "DEBUG"
        [serversTransport]
        insecureSkipVerify = true
        [serversTransport.forwardingTimeouts]
        responseHeaderTimeout = "10s"
        [experimental]
        abortOnPluginFailure = true
        [experimental.localPlugins.example]
        moduleName = "github.com/traefik/plugindemo"
        [experimental.localPlugins.example.settings]
        useUnsafe = true
        [experimental.plugins.remote]
        moduleName = "github.com/x/y"
        version = "v1.0.0"
        """

    func testDecodesEverySectionWithDefaults() throws {
        let loaded = try parse(Self.sampleYAML)
        let configuration = loaded.configuration
        XCTAssertEqual(loaded.warnings, [])
        let web = try XCTUnwrap(configuration.entryPoints["web"])
        XCTAssertEqual(web.parsedAddress, EntryPointAddress(host: "", port: 8080))
        XCTAssertTrue(web.asDefault)
        XCTAssertEqual(web.transport.respondingTimeouts.readTimeout, .seconds(30))
        XCTAssertEqual(web.transport.respondingTimeouts.writeTimeout, .zero)
        XCTAssertEqual(web.transport.respondingTimeouts.idleTimeout, .seconds(180))
        XCTAssertEqual(web.transport.lifeCycle.graceTimeOut, .seconds(5))
        XCTAssertEqual(web.transport.lifeCycle.requestAcceptGraceTimeout, .zero)
        XCTAssertEqual(web.forwardedHeaders.trustedIPs, ["10.0.0.0/8", "127.0.0.1"])
        XCTAssertFalse(web.forwardedHeaders.insecure)
        let admin = try XCTUnwrap(configuration.entryPoints["admin"])
        XCTAssertEqual(admin.parsedAddress, EntryPointAddress(host: "127.0.0.1", port: 9000))
        XCTAssertEqual(admin.transport, EntryPointTransport(), "defaults apply to an entry point without transport")
        XCTAssertEqual(admin.transport.respondingTimeouts.readTimeout, .seconds(60))
        XCTAssertEqual(admin.transport.lifeCycle.graceTimeOut, .seconds(10))
        XCTAssertEqual(configuration.defaultEntryPointNames, ["web"])

        XCTAssertEqual(configuration.providers.providersThrottleDuration, .milliseconds(500))
        XCTAssertEqual(configuration.providers.file, FileProviderConfiguration(directory: "dynamic", watch: false))
        XCTAssertEqual(configuration.log.level, "DEBUG")
        XCTAssertEqual(configuration.log.format, "common")
        XCTAssertTrue(configuration.serversTransport.insecureSkipVerify)
        XCTAssertEqual(configuration.serversTransport.maxIdleConnsPerHost, 200)
        XCTAssertEqual(configuration.serversTransport.forwardingTimeouts.responseHeaderTimeout, .seconds(10))
        XCTAssertEqual(configuration.serversTransport.forwardingTimeouts.dialTimeout, .seconds(30))

        let experimental = try XCTUnwrap(configuration.experimental)
        XCTAssertTrue(experimental.abortOnPluginFailure)
        XCTAssertEqual(experimental.localPlugins["example"]?.moduleName, "github.com/traefik/plugindemo")
        XCTAssertEqual(experimental.localPlugins["example"]?.settings?.useUnsafe, true)
        XCTAssertEqual(experimental.plugins["remote"]?.version, "v1.0.0")
    }

    func testYAMLAndTOMLGiveEqualModels() throws {
        XCTAssertEqual(try parse(Self.sampleYAML).configuration,
                       try parse(Self.sampleTOML, format: .toml, file: "traefik.toml").configuration)
    }

    func testGlobalDefaults() throws {
        let configuration = try parse("").configuration
        XCTAssertEqual(configuration.providers.providersThrottleDuration, .seconds(2))
        XCTAssertNil(configuration.providers.file)
        XCTAssertEqual(configuration.log.level, "ERROR")
        XCTAssertEqual(configuration.serversTransport.maxIdleConnsPerHost, 200)
        XCTAssertEqual(configuration.serversTransport.forwardingTimeouts.idleConnTimeout, .seconds(90))
        XCTAssertNil(configuration.experimental)
        XCTAssertEqual(try parse("providers:\n  file:\n    filename: d.yml\n").configuration.providers.file?.watch, true)
    }

    func testNoEntryPointGivesHTTPOnPort80() throws {
        let configuration = try parse("log:\n  level: INFO\n").configuration
        XCTAssertEqual(Array(configuration.entryPoints.keys), ["http"])
        XCTAssertEqual(configuration.entryPoints["http"]?.parsedAddress, EntryPointAddress(port: 80))
        XCTAssertEqual(configuration.defaultEntryPointNames, ["http"])
    }

    func testUnimplementedTraefikSectionsGiveOneWarning() throws {
        let loaded = try parse("""
            api:
              insecure: true
            ping: {}
            metrics:
              prometheus: {}
            entryPoints:
              web:
                address: ":80"
                http2:
                  maxConcurrentStreams: 10
            providers:
              docker: {}
            certificatesResolvers:
              le:
                acme: {email: a@b.c}
            """)
        XCTAssertEqual(loaded.warnings, [
            "these Traefik options are accepted but not implemented by Causeway, so they have no effect: "
                + "api, ping, metrics, entryPoints.web.http2, providers.docker, certificatesResolvers",
        ])
    }

    func testEntryPointHTTPDefaults() throws {
        let configuration = try parse("""
            entryPoints:
              web:
                address: ":80"
                http:
                  redirections:
                    entryPoint:
                      to: websecure
                  middlewares: auth@file, compress@file
              websecure:
                address: ":443"
                http:
                  tls: {}
            """).configuration
        let redirection = try XCTUnwrap(configuration.entryPoints["web"]?.http.redirections?.entryPoint)
        XCTAssertEqual(redirection.to, "websecure")
        XCTAssertEqual(redirection.scheme, "https")
        XCTAssertTrue(redirection.permanent)
        XCTAssertEqual(redirection.priority, Int.max - 1)
        XCTAssertEqual(configuration.entryPoints["web"]?.http.middlewares, ["auth@file", "compress@file"])
        XCTAssertNil(configuration.entryPoints["web"]?.http.tls)
        XCTAssertEqual(configuration.entryPoints["websecure"]?.http.tls, RouterTLSConfiguration())
        XCTAssertEqual(configuration.entryPoints["websecure"]?.http.sanitizePath, true)
    }

    func testUnknownKeysAreErrors() {
        XCTAssertThrowsError(try parse("entryPoints:\n  web:\n    adress: \":80\"\n")) {
            XCTAssertEqual("\($0)", "traefik.yml:3: entryPoints.web: field not found, node: adress")
        }
        XCTAssertThrowsError(try parse("bogus: 1\n")) {
            XCTAssertEqual("\($0)", "traefik.yml:1: field not found, node: bogus")
        }
        XCTAssertThrowsError(try parse("providers:\n  fiel: {}\n")) {
            XCTAssertEqual("\($0)", "traefik.yml:2: providers: field not found, node: fiel")
        }
    }

    func testEntryPointAddressErrors() {
        XCTAssertThrowsError(try parse("entryPoints:\n  web:\n    address: \"8080\"\n")) {
            XCTAssertEqual("\($0)", "traefik.yml:3: entryPoints.web.address: address 8080: missing port in address")
        }
        XCTAssertThrowsError(try parse("entryPoints:\n  web:\n    asDefault: true\n")) {
            XCTAssertEqual("\($0)", "traefik.yml:3: entryPoints.web: address is required")
        }
        XCTAssertThrowsError(try parse("entryPoints:\n  web:\n    address: \":80\"\n    transport:\n      respondingTimeouts:\n        readTimeout: soon\n")) {
            XCTAssertEqual("\($0)", "traefik.yml:6: entryPoints.web.transport.respondingTimeouts.readTimeout: time: invalid duration \"soon\"")
        }
    }

    func testParsesAddresses() throws {
        XCTAssertEqual(try EntryPointAddress(parsing: ":8080"), EntryPointAddress(host: "", port: 8080))
        XCTAssertEqual(try EntryPointAddress(parsing: "127.0.0.1:8080"), EntryPointAddress(host: "127.0.0.1", port: 8080))
        XCTAssertEqual(try EntryPointAddress(parsing: "[::1]:8080"), EntryPointAddress(host: "::1", port: 8080))
        XCTAssertEqual(try EntryPointAddress(parsing: "[::1]:8080/tcp"), EntryPointAddress(host: "::1", port: 8080))
        XCTAssertEqual(try EntryPointAddress(parsing: ":53/UDP"), EntryPointAddress(host: "", port: 53, network: .udp))
        XCTAssertEqual(try EntryPointAddress(parsing: "localhost:0").host, "localhost")
        XCTAssertEqual(EntryPointAddress(host: "::1", port: 80).description, "[::1]:80")
        for bad in ["8080", ":http", ":70000", "::1:80", "[::1]", ":80/sctp", "[::1:80"] {
            XCTAssertThrowsError(try EntryPointAddress(parsing: bad), bad)
        }
        XCTAssertThrowsError(try EntryPointAddress(parsing: "::1:80")) {
            XCTAssertEqual("\($0)", "address ::1:80: too many colons in address")
        }
    }

    // MARK: Sources

    func testFileSourceByConfigFileFlag() throws {
        let directory = try TemporaryDirectory()
        try directory.write("conf/static.yml", "entryPoints:\n  web:\n    address: \":81\"\n")
        let loaded = try StaticConfiguration.load(arguments: ["--configFile=conf/static.yml", "--log.level=DEBUG"],
                                                  environment: ["CAUSEWAY_LOG_LEVEL": "INFO"],
                                                  workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .file(path: directory.path + "/conf/static.yml"))
        XCTAssertEqual(loaded.configuration.entryPoints["web"]?.parsedAddress.port, 81)
        XCTAssertEqual(loaded.configuration.log.level, "ERROR", "flags and environment are ignored when a file is used")
        XCTAssertEqual(loaded.warnings.count, 1)
        XCTAssertTrue(loaded.warnings[0].contains("--log.level"), loaded.warnings[0])
    }

    func testDefaultFileNamesCausewayBeforeTraefik() throws {
        let directory = try TemporaryDirectory()
        try directory.write("traefik.toml", "[entryPoints.web]\naddress = \":82\"\n")
        var loaded = try StaticConfiguration.load(arguments: ["--configFile", "missing.yml"], environment: [:],
                                                  workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .file(path: directory.path + "/traefik.toml"))
        XCTAssertEqual(loaded.configuration.entryPoints["web"]?.parsedAddress.port, 82)
        try directory.write("causeway.yaml", "entryPoints:\n  web:\n    address: \":83\"\n")
        loaded = try StaticConfiguration.load(arguments: [], environment: [:], workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .file(path: directory.path + "/causeway.yaml"))
        XCTAssertEqual(loaded.configuration.entryPoints["web"]?.parsedAddress.port, 83)
    }

    func testFileErrorsNameTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = try directory.write("causeway.yml", "log:\n  levle: DEBUG\n")
        XCTAssertThrowsError(try StaticConfiguration.load(arguments: [], environment: [:], workingDirectory: directory.path)) {
            XCTAssertEqual("\($0)", "\(path):2: log: field not found, node: levle")
        }
    }

    func testCommandLineFlags() throws {
        let directory = try TemporaryDirectory()
        let loaded = try StaticConfiguration.load(
            arguments: ["--entryPoints.web.address=:8080", "--ENTRYPOINTS.web.asdefault",
                        "--entrypoints.web.forwardedHeaders.trustedIPs=10.0.0.1, 10.0.0.2",
                        "--providers.file.filename", "dyn.yml", "--providers.file.watch=false",
                        "--experimental.localplugins.example.modulename=github.com/traefik/plugindemo",
                        "--api.insecure"],
            environment: ["CAUSEWAY_LOG_LEVEL": "INFO"], workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .flags)
        let web = try XCTUnwrap(loaded.configuration.entryPoints["web"])
        XCTAssertEqual(web.parsedAddress.port, 8080)
        XCTAssertTrue(web.asDefault)
        XCTAssertEqual(web.forwardedHeaders.trustedIPs, ["10.0.0.1", "10.0.0.2"])
        XCTAssertEqual(loaded.configuration.providers.file, FileProviderConfiguration(filename: "dyn.yml", watch: false))
        XCTAssertEqual(loaded.configuration.experimental?.localPlugins["example"]?.moduleName, "github.com/traefik/plugindemo")
        XCTAssertEqual(loaded.configuration.log.level, "ERROR", "environment is ignored when flags are given")
        XCTAssertEqual(loaded.warnings.count, 1)
        XCTAssertTrue(loaded.warnings[0].hasSuffix(": api"), loaded.warnings[0])
    }

    func testCommandLineErrors() throws {
        let directory = try TemporaryDirectory()
        XCTAssertThrowsError(try StaticConfiguration.load(arguments: ["--entryPoints.web.adress=:80"], environment: [:],
                                                          workingDirectory: directory.path)) {
            XCTAssertEqual("\($0)", "command-line flags: entryPoints.web: field not found, node: adress")
        }
        XCTAssertThrowsError(try StaticConfiguration.load(arguments: ["serve"], environment: [:],
                                                          workingDirectory: directory.path)) {
            XCTAssertEqual("\($0)", "command-line flags: unexpected argument \"serve\"")
        }
    }

    func testEnvironmentCausewayPrefixWinsOverTraefik() throws {
        let directory = try TemporaryDirectory()
        var loaded = try StaticConfiguration.load(
            arguments: [],
            environment: ["CAUSEWAY_ENTRYPOINTS_WEB_ADDRESS": ":9090", "CAUSEWAY_LOG_LEVEL": "WARN",
                          "TRAEFIK_LOG_LEVEL": "DEBUG", "HOME": "/x"],
            workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .environment(prefix: "CAUSEWAY_"))
        XCTAssertEqual(loaded.configuration.entryPoints["web"]?.parsedAddress.port, 9090)
        XCTAssertEqual(loaded.configuration.log.level, "WARN")

        loaded = try StaticConfiguration.load(
            arguments: [],
            environment: ["TRAEFIK_ENTRYPOINTS_WEBSECURE_ADDRESS": ":8443", "TRAEFIK_PROVIDERS_FILE_DIRECTORY": "/dyn",
                          "TRAEFIK_PING": "true"],
            workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .environment(prefix: "TRAEFIK_"))
        XCTAssertEqual(loaded.configuration.entryPoints["websecure"]?.parsedAddress.port, 8443)
        XCTAssertEqual(loaded.configuration.providers.file?.directory, "/dyn")
        XCTAssertTrue(loaded.warnings.first?.hasSuffix(": ping") ?? false)
    }

    func testMissingConfigFileFallsBackToFlags() throws {
        let directory = try TemporaryDirectory()
        let loaded = try StaticConfiguration.load(arguments: ["--configFile=nope.toml", "--log.level=INFO"],
                                                  environment: [:], workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .flags)
        XCTAssertEqual(loaded.configuration.log.level, "INFO")
    }

    func testEnvironmentLowerCasesPluginAliases() throws {
        let directory = try TemporaryDirectory()
        let loaded = try StaticConfiguration.load(
            arguments: [],
            environment: ["TRAEFIK_EXPERIMENTAL_LOCALPLUGINS_EXAMPLE_MODULENAME": "github.com/traefik/plugindemo",
                          "TRAEFIK_EXPERIMENTAL_LOCALPLUGINS_EXAMPLE_SETTINGS_USEUNSAFE": "true"],
            workingDirectory: directory.path)
        let plugin = try XCTUnwrap(loaded.configuration.experimental?.localPlugins["example"])
        XCTAssertEqual(plugin.moduleName, "github.com/traefik/plugindemo")
        XCTAssertEqual(plugin.settings?.useUnsafe, true)
        XCTAssertThrowsError(try StaticConfiguration.load(arguments: [], environment: ["CAUSEWAY_LOG_LEVL": "x"],
                                                          workingDirectory: directory.path)) {
            XCTAssertEqual("\($0)", "environment (CAUSEWAY_*): log: field not found, node: levl")
        }
    }

    func testDefaultsWhenNoSource() throws {
        let directory = try TemporaryDirectory()
        let loaded = try StaticConfiguration.load(arguments: [], environment: ["PATH": "/bin"], workingDirectory: directory.path)
        XCTAssertEqual(loaded.source, .defaults)
        XCTAssertEqual(loaded.configuration.entryPoints["http"]?.address, ":80")
    }
}
