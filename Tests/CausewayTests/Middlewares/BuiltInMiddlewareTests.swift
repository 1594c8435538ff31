import CausewayConfig
import NIOCore
import NIOHTTP1
import NIOPosix
import XCTest
@testable import Causeway

/// Built-in middlewares end to end: dynamic YAML → runtime builder → gateway → real upstream.
final class BuiltInMiddlewareTests: XCTestCase {
    var group: MultiThreadedEventLoopGroup!
    var upstream: TestUpstream!

    override func setUp() async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        upstream = try await TestUpstream.start(group: group, name: "one")
    }

    override func tearDown() async throws {
        await upstream.stop()
        try await group.shutdownGracefully()
    }

    /// Builds the runtime from `yaml` (services `one` pre-defined) and serves it on port 0.
    private func serve(
        _ yaml: String, _ body: (Int, [RuntimeIssue]) async throws -> Void
    ) async throws {
        let text = yaml + """

          services:
            one:
              loadBalancer:
                servers:
                  - url: "\(upstream.url)"
        """
        let configuration = try DynamicConfiguration.parse(text, format: .yaml, file: "dynamic.yml")
        let (snapshot, issues) = RuntimeBuilder(entryPoints: ["web"], defaultEntryPoints: ["web"]).build(["file": configuration])
        let gateway = Gateway(initialResolver: snapshot, threads: 1, logger: Harness.logger)
        try await gateway.start(entryPoints: [
            EntryPointSettings(name: "web", host: "127.0.0.1", port: 0, forwarded: ForwardedHeadersPolicy(serverName: "gw"))
        ])
        let port = await gateway.localAddress(of: "web")?.port ?? 0
        do {
            try await body(port, issues)
        } catch {
            await gateway.shutdown()
            throw error
        }
        await gateway.shutdown()
    }

    func testStripPrefixAddPrefixAndReplacePath() async throws {
        try await serve("""
        http:
          routers:
            strip:
              rule: "PathPrefix(`/api`)"
              service: one
              middlewares: [strip-api]
            add:
              rule: "PathPrefix(`/add`)"
              service: one
              middlewares: [add-echo]
            replace:
              rule: "PathPrefix(`/old`)"
              service: one
              middlewares: [to-echo]
          middlewares:
            strip-api:
              stripPrefix:
                prefixes: ["/api"]
            add-echo:
              addPrefix:
                prefix: /echo
            to-echo:
              replacePath:
                path: /echo/replaced
        """) { port, issues in
            XCTAssertEqual(issues, [])
            let stripped = try await TestClient.get("/api/echo/users?x=1", port: port, group: self.group)
            XCTAssertTrue(stripped.text.contains("GET /echo/users?x=1 HTTP/1.1"), stripped.text)
            XCTAssertTrue(stripped.text.contains("X-Forwarded-Prefix: /api"), stripped.text)
            let added = try await TestClient.get("/add", port: port, group: self.group)
            XCTAssertTrue(added.text.contains("GET /echo/add HTTP/1.1"), added.text)
            let replaced = try await TestClient.get("/old/thing?q", port: port, group: self.group)
            XCTAssertTrue(replaced.text.contains("GET /echo/replaced?q HTTP/1.1"), replaced.text)
            XCTAssertTrue(replaced.text.contains("X-Replaced-Path: /old/thing"), replaced.text)
        }
    }

    func testHeadersAndChain() async throws {
        try await serve("""
        http:
          routers:
            r:
              rule: "PathPrefix(`/`)"
              service: one
              middlewares: [both]
          middlewares:
            both:
              chain:
                middlewares: [request-headers, security]
            request-headers:
              headers:
                customRequestHeaders:
                  X-Added: "yes"
                  User-Agent: ""
                customResponseHeaders:
                  X-Upstream: ""
                  X-Served-By: causeway
            security:
              headers:
                frameDeny: true
                contentTypeNosniff: true
        """) { port, issues in
            XCTAssertEqual(issues, [])
            let echo = try await TestClient.get("/echo", headers: [("User-Agent", "curl")], port: port, group: self.group)
            XCTAssertTrue(echo.text.contains("X-Added: yes"), echo.text)
            XCTAssertFalse(echo.text.contains("User-Agent"), "an empty value removes the request header")
            let plain = try await TestClient.get("/", port: port, group: self.group)
            XCTAssertEqual(plain.headers.first(name: "X-Served-By"), "causeway")
            XCTAssertFalse(plain.headers.contains(name: "X-Upstream"), "an empty value removes the response header")
            XCTAssertEqual(plain.headers.first(name: "X-Frame-Options"), "DENY")
            XCTAssertEqual(plain.headers.first(name: "X-Content-Type-Options"), "nosniff")
        }
    }

    func testRedirectSchemeAndIPAllowList() async throws {
        try await serve("""
        http:
          routers:
            secure:
              rule: "PathPrefix(`/login`)"
              service: one
              middlewares: [to-https]
            internal:
              rule: "PathPrefix(`/internal`)"
              service: one
              middlewares: [only-office]
            local:
              rule: "PathPrefix(`/local`)"
              service: one
              middlewares: [only-local]
          middlewares:
            to-https:
              redirectScheme:
                scheme: https
                permanent: true
            only-office:
              ipAllowList:
                sourceRange: ["10.0.0.0/8"]
            only-local:
              ipAllowList:
                sourceRange: ["127.0.0.1/32", "::1"]
        """) { port, issues in
            XCTAssertEqual(issues, [])
            let redirect = try await TestClient.get("/login?next=/", host: "example.com:8080", port: port, group: self.group)
            XCTAssertEqual(redirect.status, .movedPermanently)
            XCTAssertEqual(redirect.headers.first(name: "Location"), "https://example.com/login?next=/")
            let post = try await TestClient.send(
                [TestRequest(method: .POST, uri: "/login", headers: [("Host", "example.com")], body: .bytes(Array("x".utf8)))],
                port: port, group: self.group
            )[0]
            XCTAssertEqual(post.status, .permanentRedirect)
            let refused = try await TestClient.get("/internal", port: port, group: self.group)
            XCTAssertEqual(refused.status, .forbidden)
            let allowed = try await TestClient.get("/local", port: port, group: self.group)
            XCTAssertEqual(allowed.status, .ok)
            XCTAssertEqual(self.upstream.requestsServed, 1, "refused and redirected requests never reach the upstream")
        }
    }

    func testBrokenMiddlewaresDisableTheirRoutersOnly() async throws {
        try await serve("""
        http:
          routers:
            good:
              rule: "PathPrefix(`/good`)"
              service: one
            loop:
              rule: "PathPrefix(`/loop`)"
              service: one
              middlewares: [a]
            empty:
              rule: "PathPrefix(`/empty`)"
              service: one
              middlewares: [no-prefix]
            cors:
              rule: "PathPrefix(`/cors`)"
              service: one
              middlewares: [cors]
          middlewares:
            a:
              chain:
                middlewares: [b]
            b:
              chain:
                middlewares: [a]
            no-prefix:
              addPrefix:
                prefix: ""
            cors:
              headers:
                accessControlAllowMethods: [GET]
        """) { port, issues in
            let text = issues.map(\.description)
            XCTAssertTrue(text.contains { $0.hasPrefix("router \"loop@file\" disabled: could not instantiate middleware") && $0.contains("recursion detected in a@file->b@file->a@file") }, "\(text)")
            XCTAssertTrue(text.contains("router \"empty@file\" disabled: prefix cannot be empty"), "\(text)")
            XCTAssertTrue(text.contains("middleware \"cors@file\" disabled: headers option \"accesscontrolallowmethods\" is not supported yet"), "\(text)")
            let good = try await TestClient.get("/good", port: port, group: self.group)
            XCTAssertEqual(good.status, .ok)
            for path in ["/loop", "/empty", "/cors"] {
                let response = try await TestClient.get(path, port: port, group: self.group)
                XCTAssertEqual(response.status, .notFound, path)
            }
        }
    }
}
