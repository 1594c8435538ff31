import XCTest
@testable import CausewayConfig

final class QualifiedNameTests: XCTestCase {
    func testResolveAndSplit() {
        XCTAssertEqual(QualifiedName.qualify("api", provider: "file"), "api@file")
        XCTAssertEqual(QualifiedName.resolve("auth", in: "file"), "auth@file")
        XCTAssertEqual(QualifiedName.resolve("api@internal", in: "file"), "api@internal")
        XCTAssertEqual(QualifiedName.split("auth@docker").name, "auth")
        XCTAssertEqual(QualifiedName.split("auth@docker").provider, "docker")
        XCTAssertNil(QualifiedName.split("auth").provider)
    }

    func testQualifiesElementsAndReferences() throws {
        let configuration = try DynamicConfiguration.parse("""
            http:
              routers:
                r:
                  rule: x
                  service: s
                  middlewares: [auth, other@docker]
                  tls:
                    options: strict
                d:
                  rule: y
                  service: api@internal
                  tls:
                    options: default
              services:
                s:
                  loadBalancer:
                    servers: [{url: "http://a"}]
                    serversTransport: fast
                w:
                  weighted:
                    services: [{name: s}, {name: x@docker, weight: 2}]
                m:
                  mirroring:
                    service: s
                    mirrors: [{name: w, percent: 10}]
                f:
                  failover: {service: s, fallback: w}
              middlewares:
                auth:
                  basicAuth: {users: [a]}
              serversTransports:
                fast:
                  serverName: x
            """, format: .yaml, file: "d.yml").qualified(by: "file")
        let http = configuration.http
        XCTAssertEqual(http.routers.keys.sorted(), ["d@file", "r@file"])
        XCTAssertEqual(http.routers["r@file"]?.service, "s@file")
        XCTAssertEqual(http.routers["r@file"]?.middlewares, ["auth@file", "other@docker"])
        XCTAssertEqual(http.routers["r@file"]?.tls?.options, "strict@file")
        XCTAssertEqual(http.routers["d@file"]?.service, "api@internal")
        XCTAssertEqual(http.routers["d@file"]?.tls?.options, "default", "the default TLS options are global")
        XCTAssertEqual(http.services["s@file"]?.loadBalancer?.serversTransport, "fast@file")
        XCTAssertEqual(http.services["w@file"]?.weighted?.services.map(\.name), ["s@file", "x@docker"])
        XCTAssertEqual(http.services["m@file"]?.mirroring?.service, "s@file")
        XCTAssertEqual(http.services["m@file"]?.mirroring?.mirrors.first?.name, "w@file")
        XCTAssertEqual(http.services["f@file"]?.failover?.fallback, "w@file")
        XCTAssertEqual(http.middlewares.keys.sorted(), ["auth@file"])
        XCTAssertEqual(http.serversTransports.keys.sorted(), ["fast@file"])
    }
}
