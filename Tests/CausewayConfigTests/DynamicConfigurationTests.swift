import XCTest
@testable import CausewayConfig

final class DynamicConfigurationTests: XCTestCase {
    private func yaml(_ text: String, file: String = "dynamic.yml") throws -> DynamicConfiguration {
        try DynamicConfiguration.parse(text, format: .yaml, file: file)
    }

    private func assertError(_ text: String, _ expected: String, format: ConfigFormat = .yaml,
                             file: StaticString = #filePath, line: UInt = #line) {
        let name = format == .yaml ? "dynamic.yml" : "dynamic.toml"
        XCTAssertThrowsError(try DynamicConfiguration.parse(text, format: format, file: name), file: file, line: line) {
            XCTAssertEqual("\($0)", expected, file: file, line: line)
        }
    }

    static let sampleYAML = """
        http:
          routers:
            api:
              rule: "Host(`example.com`) && PathPrefix(`/api`)"
              entryPoints: [web, websecure]
              middlewares:
                - auth
                - my-plugin
              service: backend
              priority: 42
              tls:
                certResolver: le
                domains:
                  - main: example.com
                    sans: [www.example.com]
          services:
            backend:
              loadBalancer:
                servers:
                  - url: http://127.0.0.1:8081
                  - url: http://127.0.0.1:8082
                    weight: 3
                passHostHeader: false
                healthCheck:
                  path: /health
                  interval: 10s
                  timeout: 3
                responseForwarding:
                  flushInterval: 1s
                serversTransport: fast
            split:
              weighted:
                services:
                  - name: backend
                    weight: 2
                  - name: other
          middlewares:
            auth:
              basicAuth:
                users: ["test:x"]
            my-plugin:
              plugin:
                example:
                  headers:
                    X-Demo: test
                  count: 7
                  ratio: 1.5
                  ints: [1, 2, 3]
                  mixed: [1, 2.5]
                  flags: [true, false]
                  names: [a, 1]
                  empty: {}
          serversTransports:
            fast:
              serverName: upstream.local
              maxIdleConnsPerHost: 50
              forwardingTimeouts:
                dialTimeout: 5s
        """

    static let sampleTOML = """
        [http.routers.api]
        rule = "Host(`example.com`) && PathPrefix(`/api`)"
        entryPoints = ["web", "websecure"]
        middlewares = ["auth", "my-plugin"]
        service = "backend"
        priority = 42
        [http.routers.api.tls]
        certResolver = "le"
        [[http.routers.api.tls.domains]]
        main = "example.com"
        sans = ["www.example.com"]

        [http.services.backend.loadBalancer]
        passHostHeader = false
        serversTransport = "fast"
        [[http.services.backend.loadBalancer.servers]]
        url = "http://127.0.0.1:8081"
        [[http.services.backend.loadBalancer.servers]]
        url = "http://127.0.0.1:8082"
        weight = 3
        [http.services.backend.loadBalancer.healthCheck]
        path = "/health"
        interval = "10s"
        timeout = 3
        [http.services.backend.loadBalancer.responseForwarding]
        flushInterval = "1s"

        [[http.services.split.weighted.services]]
        name = "backend"
        weight = 2
        [[http.services.split.weighted.services]]
        name = "other"

        [http.middlewares.auth.basicAuth]
        users = ["test:x"]
        [http.middlewares.my-plugin.plugin.example]
        count = 7
        ratio = 1.5
        ints = [1, 2, 3]
        mixed = [1, 2.5]
        flags = [true, false]
        names = ["a", 1]
        empty = {}
        [http.middlewares.my-plugin.plugin.example.headers]
        X-Demo = "test"

        [http.serversTransports.fast]
        serverName = "upstream.local"
        maxIdleConnsPerHost = 50
        [http.serversTransports.fast.forwardingTimeouts]
        dialTimeout = "5s"
        """

    func testDecodesRoutersServicesMiddlewaresTransports() throws {
        let http = try yaml(Self.sampleYAML).http
        let router = try XCTUnwrap(http.routers["api"])
        XCTAssertEqual(router.entryPoints, ["web", "websecure"])
        XCTAssertEqual(router.middlewares, ["auth", "my-plugin"])
        XCTAssertEqual(router.service, "backend")
        XCTAssertEqual(router.priority, 42)
        XCTAssertEqual(router.tls?.certResolver, "le")
        XCTAssertEqual(router.tls?.domains.first?.sans, ["www.example.com"])

        let loadBalancer = try XCTUnwrap(http.services["backend"]?.loadBalancer)
        XCTAssertEqual(loadBalancer.servers, [ServerConfiguration(url: "http://127.0.0.1:8081", weight: 1),
                                              ServerConfiguration(url: "http://127.0.0.1:8082", weight: 3)])
        XCTAssertFalse(loadBalancer.passHostHeader)
        XCTAssertEqual(loadBalancer.strategy, "wrr")
        XCTAssertEqual(loadBalancer.healthCheck?.interval, .seconds(10))
        XCTAssertEqual(loadBalancer.healthCheck?.timeout, .seconds(3), "an integer duration means seconds")
        XCTAssertEqual(loadBalancer.healthCheck?.method, "GET")
        XCTAssertEqual(loadBalancer.responseForwarding.flushInterval, .seconds(1))
        XCTAssertEqual(loadBalancer.serversTransport, "fast")
        XCTAssertNil(http.services["backend"]?.typeError(name: "backend"))

        XCTAssertEqual(http.services["split"]?.weighted?.services,
                       [WeightedServiceReference(name: "backend", weight: 2), WeightedServiceReference(name: "other", weight: 1)])

        XCTAssertEqual(http.middlewares["auth"]?.type, "basicAuth")
        XCTAssertEqual(http.middlewares["auth"]?.options.entry(named: "users")?.node.description, "[\"test:x\"]")

        let transport = try XCTUnwrap(http.serversTransports["fast"])
        XCTAssertEqual(transport.serverName, "upstream.local")
        XCTAssertEqual(transport.maxIdleConnsPerHost, 50)
        XCTAssertEqual(transport.forwardingTimeouts.dialTimeout, .seconds(5))
        XCTAssertEqual(transport.forwardingTimeouts.idleConnTimeout, .seconds(90))
        XCTAssertEqual(transport.forwardingTimeouts.responseHeaderTimeout, .zero)
    }

    func testPluginOptionsArriveAsTraefikGivesThem() throws {
        let middleware = try XCTUnwrap(try yaml(Self.sampleYAML).http.middlewares["my-plugin"])
        XCTAssertNil(middleware.typeError(name: "my-plugin"))
        let plugin = try XCTUnwrap(middleware.plugin)
        XCTAssertEqual(plugin.alias, "example")
        XCTAssertEqual(plugin.options["headers"], .map(["X-Demo": .string("test")]))
        XCTAssertEqual(plugin.options["count"], .string("7"))
        XCTAssertEqual(plugin.options["ratio"], .string("1.500000"))
        XCTAssertEqual(plugin.options["ints"], .list([.int(1), .int(2), .int(3)]))
        XCTAssertEqual(plugin.options["mixed"], .list([.float(1), .float(2.5)]))
        XCTAssertEqual(plugin.options["flags"], .list([.bool(true), .bool(false)]))
        XCTAssertEqual(plugin.options["names"], .list([.string("a"), .string("1")]))
        XCTAssertEqual(plugin.options["empty"], .string(""))
    }

    func testYAMLAndTOMLGiveEqualModels() throws {
        let fromYAML = try yaml(Self.sampleYAML)
        let fromTOML = try DynamicConfiguration.parse(Self.sampleTOML, format: .toml, file: "dynamic.toml")
        XCTAssertEqual(fromYAML, fromTOML)
        XCTAssertNotEqual(fromYAML, DynamicConfiguration())
    }

    func testDefaultsWhenSectionsAppear() throws {
        let http = try yaml("""
            http:
              services:
                s:
                  loadBalancer:
                    servers:
                      - url: http://a
                    sticky: {}
              serversTransports:
                t:
                  insecureSkipVerify: true
            """).http
        let loadBalancer = try XCTUnwrap(http.services["s"]?.loadBalancer)
        XCTAssertTrue(loadBalancer.passHostHeader)
        XCTAssertEqual(loadBalancer.servers.first?.weight, 1)
        XCTAssertEqual(loadBalancer.responseForwarding.flushInterval, .milliseconds(100))
        XCTAssertNotNil(loadBalancer.sticky)
        XCTAssertNil(loadBalancer.sticky?.cookie)
        XCTAssertEqual(http.serversTransports["t"]?.forwardingTimeouts, ForwardingTimeouts())
        XCTAssertEqual(http.serversTransports["t"]?.forwardingTimeouts.dialTimeout, .seconds(30))
    }

    func testFieldNamesAreCaseInsensitiveAndMapKeysKeepCase() throws {
        let http = try yaml("""
            HTTP:
              Routers:
                MyRouter:
                  RULE: Path(`/`)
                  EntryPoints: web
                  Service: S
            """).http
        XCTAssertEqual(http.routers.keys.sorted(), ["MyRouter"])
        XCTAssertEqual(http.routers["MyRouter"]?.rule, "Path(`/`)")
        XCTAssertEqual(http.routers["MyRouter"]?.service, "S")
    }

    func testWeakScalarConversionsAndCommaLists() throws {
        let router = try XCTUnwrap(try yaml("""
            http:
              routers:
                r:
                  priority: "10"
                  entryPoints: "web, websecure ,admin"
                  rule: 123
                  tls: true
            """).http.routers["r"])
        XCTAssertEqual(router.priority, 10)
        XCTAssertEqual(router.entryPoints, ["web", "websecure", "admin"])
        XCTAssertEqual(router.rule, "123")
        XCTAssertNotNil(router.tls)
        let disabled = try yaml("http:\n  routers:\n    r:\n      rule: x\n      tls: false\n").http.routers["r"]
        XCTAssertNil(disabled?.tls)
    }

    func testAllowEmptySections() throws {
        let http = try yaml("""
            http:
              routers:
                a:
                  tls: {}
                b:
                  tls:
              middlewares:
                gzip:
                  compress: {}
                ct:
                  contentType: true
            """).http
        XCTAssertEqual(http.routers["a"]?.tls, RouterTLSConfiguration())
        XCTAssertEqual(http.routers["b"]?.tls, RouterTLSConfiguration())
        XCTAssertEqual(http.middlewares["gzip"]?.type, "compress")
        XCTAssertEqual(http.middlewares["ct"]?.type, "contentType")
    }

    func testTopLevelUnknownKeysAreIgnored() throws {
        let configuration = try yaml("""
            x-anchors:
              a: 1
            tcp:
              routers:
                t:
                  rule: HostSNI(`*`)
            tls:
              certificates:
                - certFile: a.pem
            """)
        XCTAssertTrue(configuration.http.isEmpty)
        XCTAssertNotNil(configuration.tcp)
        XCTAssertNotNil(configuration.tls)
        XCTAssertEqual(try yaml(""), DynamicConfiguration())
    }

    // MARK: Errors: each names the file, the key path and the line.

    func testUnknownFieldIsAnError() {
        assertError("""
            http:
              routers:
                api:
                  rule: Path(`/`)
                  prioriti: 3
            """, "dynamic.yml:5: http.routers.api: field not found, node: prioriti")
        assertError("""
            [http.routers.api]
            rule = "x"
            prioriti = 3
            """, "dynamic.toml:3: http.routers.api: field not found, node: prioriti", format: .toml)
        assertError("""
            http:
              services:
                s:
                  loadBalancer:
                    servers:
                      - url: http://a
                        wieght: 2
            """, "dynamic.yml:7: http.services.s.loadBalancer.servers[0]: field not found, node: wieght")
        assertError("http:\n  rooters: {}\n", "dynamic.yml:2: http: field not found, node: rooters")
    }

    func testTOMLErrorsHaveLines() {
        assertError("""
            [http.routers.api]
            rule = "x"

            [[http.services.s.weighted.services]]
            name = "a"
            [[http.services.s.weighted.services]]
            name = "b"
            weight = "heavy"
            """, "dynamic.toml:8: http.services.s.weighted.services[1].weight: strconv.ParseInt: parsing \"heavy\": invalid syntax",
            format: .toml)
        assertError("""
            [http.middlewares.m]
            # a comment with = sign
            addPrefix.prefix = "/a"
            list = [
              { x = 1 },
            ]
            """, "dynamic.toml:4: http.middlewares.m: field not found, node: list", format: .toml)
        assertError("""
            [http]
            [http.services.s.loadBalancer]
            servers = [{ url = "http://a", wieght = 2 }]
            """, "dynamic.toml:3: http.services.s.loadBalancer.servers[0]: field not found, node: wieght", format: .toml)
    }

    func testStandaloneElements() {
        assertError("http:\n  routers:\n    api:\n", "dynamic.yml:3: http.routers: api cannot be a standalone element (type *dynamic.Router)")
        assertError("http:\n  routers:\n    api: {}\n", "dynamic.yml:3: http.routers: api cannot be a standalone element (type *dynamic.Router)")
        assertError("http:\n  services:\n    s:\n      loadBalancer: {}\n",
                    "dynamic.yml:4: http.services.s: loadBalancer cannot be a standalone element (type *dynamic.ServersLoadBalancer)")
        assertError("http:\n  middlewares:\n    m:\n      stripPrefix: {}\n",
                    "dynamic.yml:4: http.middlewares.m: stripPrefix cannot be a standalone element (type *dynamic.StripPrefix)")
        assertError("http:\n  middlewares:\n    m:\n      grpcWeb:\n",
                    "dynamic.yml:4: http.middlewares.m: grpcWeb cannot be a standalone element (type *dynamic.GrpcWeb)")
    }

    func testValueErrors() {
        assertError("http:\n  routers:\n    api:\n      priority: high\n",
                    "dynamic.yml:4: http.routers.api.priority: strconv.ParseInt: parsing \"high\": invalid syntax")
        assertError("http:\n  services:\n    s:\n      loadBalancer:\n        passHostHeader: yes\n",
                    "dynamic.yml:5: http.services.s.loadBalancer.passHostHeader: strconv.ParseBool: parsing \"yes\": invalid syntax")
        assertError("http:\n  services:\n    s:\n      loadBalancer:\n        healthCheck:\n          path: /\n          interval: 1.5\n",
                    "dynamic.yml:7: http.services.s.loadBalancer.healthCheck.interval: time: missing unit in duration \"1.500000\"")
        assertError("http:\n  services:\n    s:\n      loadBalancer:\n        servers: [{url: a, weight: 1.5}]\n",
                    "dynamic.yml:5: http.services.s.loadBalancer.servers[0].weight: strconv.ParseInt: parsing \"1.500000\": invalid syntax")
        assertError("http:\n  routers:\n    r:\n      rule: {a: b}\n",
                    "dynamic.yml:4: http.routers.r.rule: expected a string, got a section")
    }

    func testNamesMustNotContainAt() {
        assertError("http:\n  routers:\n    api@file:\n      rule: x\n",
                    "dynamic.yml:3: http.routers: invalid name \"api@file\": names must not contain \"@\"")
        assertError("http:\n  services:\n    a@b:\n      loadBalancer: {servers: [{url: x}]}\n",
                    "dynamic.yml:3: http.services: invalid name \"a@b\": names must not contain \"@\"")
    }

    func testServiceTypeRules() throws {
        let http = try yaml("""
            http:
              services:
                none:
                  middlewares: [a]
                two:
                  loadBalancer: {servers: [{url: "http://a"}]}
                  weighted: {services: [{name: x}]}
            """).http
        XCTAssertEqual(http.services["none"]?.typeError(name: "none"),
                       "the service \"none\" does not have any type defined")
        XCTAssertEqual(http.services["two"]?.typeError(name: "two"),
                       "cannot create service: multi-types service not supported, consider declaring two different pieces of service instead")
    }

    func testMiddlewareTypeRules() throws {
        let http = try yaml("""
            http:
              middlewares:
                two:
                  addPrefix: {prefix: /a}
                  stripPrefix: {prefixes: [/b]}
                off:
                  compress: false
                multi:
                  plugin:
                    a: {}
                    b: {}
                typed:
                  AddPrefix:
                    prefix: /x
            """).http
        XCTAssertEqual(http.middlewares["two"]?.types, ["addPrefix", "stripPrefix"])
        XCTAssertEqual(http.middlewares["two"]?.typeError(name: "two"),
                       "cannot create middleware: multi-types middleware not supported, consider declaring two different pieces of middleware instead")
        XCTAssertEqual(http.middlewares["off"]?.typeError(name: "off"),
                       "invalid middleware \"off\" configuration: invalid middleware type or middleware does not exist")
        XCTAssertEqual(http.middlewares["multi"]?.typeError(name: "multi"),
                       "plugin: invalid configuration: no configuration or too many plugin definition")
        XCTAssertEqual(http.middlewares["typed"]?.type, "addPrefix", "type keys match case-insensitively")
        XCTAssertEqual(http.middlewares["typed"]?.options.entry(named: "prefix")?.node.scalarText, "/x")
    }

    func testUnknownMiddlewareTypeIsAFileError() {
        assertError("http:\n  middlewares:\n    m:\n      fooBar: {a: 1}\n",
                    "dynamic.yml:4: http.middlewares.m: field not found, node: fooBar")
        assertError("http:\n  middlewares:\n    m:\n      requestHeaderModifier: {a: 1}\n",
                    "dynamic.yml:4: http.middlewares.m: field not found, node: requestHeaderModifier")
    }

    func testPluginBlockErrors() {
        assertError("http:\n  middlewares:\n    m:\n      plugin:\n        example:\n",
                    "dynamic.yml:5: http.middlewares.m: plugin cannot be a standalone element (type map[string]dynamic.PluginConf)")
        assertError("http:\n  middlewares:\n    m:\n      plugin:\n        example:\n          grid: [[1, 2], [3]]\n",
                    "dynamic.yml:6: http.middlewares.m.plugin.example.grid: unsupported simple value type: slice")
        assertError("http:\n  middlewares:\n    m:\n      plugin:\n        example:\n          bad: [true, 1]\n",
                    "dynamic.yml:6: http.middlewares.m.plugin.example.bad: parse int: true, strconv.ParseInt: parsing \"true\": invalid syntax")
    }

    func testPluginOptionsListOfMapsAndEmptyOptions() throws {
        let http = try yaml("""
            http:
              middlewares:
                m:
                  plugin:
                    example:
                      rules:
                        - name: a
                          values: [1, 2]
                        - name: b
                      gone:
                e:
                  plugin:
                    example: {}
            """).http
        XCTAssertEqual(http.middlewares["m"]?.plugin?.options["rules"],
                       .list([.map(["name": .string("a"), "values": .list([.int(1), .int(2)])]),
                              .map(["name": .string("b")])]))
        XCTAssertEqual(http.middlewares["m"]?.plugin?.options.keys.sorted(), ["rules"], "a null option is absent")
        XCTAssertEqual(http.middlewares["e"]?.plugin?.options, [:])
        XCTAssertNil(http.middlewares["e"]?.typeError(name: "e"))
    }

    func testBuiltInOptionsDecodeLaterWithFileAndLine() throws {
        struct AddPrefix: ConfigDecodable {
            var prefix = ""
            init(from decoder: ConfigDecoder) throws {
                try decoder.decodeSection(of: Self.self) { key, value in
                    guard key == "prefix" else { return false }
                    prefix = try value.decode()
                    return true
                }
            }
        }
        let middleware = try XCTUnwrap(try yaml("http:\n  middlewares:\n    m:\n      addPrefix:\n        prefx: /a\n").http.middlewares["m"])
        XCTAssertThrowsError(try middleware.decodeOptions(as: AddPrefix.self)) {
            XCTAssertEqual("\($0)", "dynamic.yml:5: http.middlewares.m.addPrefix: field not found, node: prefx")
        }
    }
}
