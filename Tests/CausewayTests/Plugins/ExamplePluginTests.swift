import Foundation
import NIOHTTP1
import XCTest

/// The example plugins shipped in `plugins-local/`, through the gateway, configured as their
/// READMEs show.
final class ExamplePluginTests: PluginGatewayTestCase {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let plugins = [
        "headertemplate": "github.com/causeway-examples/headertemplate",
        "bodyrewrite": "github.com/causeway-examples/bodyrewrite",
        "blocklist": "github.com/causeway-examples/blocklist",
    ]

    func testHeaderTemplateSetsRequestHeadersFromTheRequest() async throws {
        let middlewares = """
            templated:
              plugin:
                headertemplate:
                  Headers:
                    X-Path: "{{ .URL.Path }}"
                    X-Method-Host: "{{ .Method }} {{ .Host }}"
                    X-Agent: "{{ .Header.Get \\"User-Agent\\" }}"

        """
        let running = try await start(plugins: plugins, dynamic: dynamic(routers: [("main", "/", ["templated"])], middlewares: middlewares),
                                      workingDirectory: Self.repositoryRoot)
        var request = TestRequest(uri: "/echo/abc?q=1")
        request.headers.append(("User-Agent", "causeway-test/1"))
        let response = try await TestClient.send([request], port: running.port, group: group)[0]
        XCTAssertEqual(response.status, .ok)
        XCTAssertTrue(response.text.contains("X-Path: /echo/abc\n"), response.text)
        XCTAssertTrue(response.text.contains("X-Method-Host: GET example.com\n"), response.text)
        XCTAssertTrue(response.text.contains("X-Agent: causeway-test/1\n"), response.text)
        try await stop(running)
    }

    func testBodyRewriteRewritesTheResponseAndFixesItsLength() async throws {
        let middlewares = """
            rewrite:
              plugin:
                bodyrewrite:
                  Replacements:
                    - Find: hello
                      Replace: goodbye
                    - Find: one
                      Replace: the rewritten upstream

        """
        let running = try await start(plugins: plugins, dynamic: dynamic(routers: [("main", "/", ["rewrite"])], middlewares: middlewares),
                                      workingDirectory: Self.repositoryRoot)
        let response = try await get(running, "/")
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.text, "goodbye from the rewritten upstream\n")
        XCTAssertEqual(response.headers.first(name: "Content-Length"), String(response.body.count))
        XCTAssertEqual(response.headers.first(name: "X-Upstream"), "one", "upstream headers pass through")
        try await stop(running)
    }

    func testBlocklistRefusesPathsAndSourceRanges() async throws {
        let middlewares = """
            paths:
              plugin:
                blocklist:
                  Paths: ["^/admin(/|$)", "\\\\.php$"]
                  SourceRanges: ["192.0.2.0/24"]
                  Message: Blocked
            loopback:
              plugin:
                blocklist:
                  SourceRanges: ["127.0.0.0/8", "::1"]

        """
        let running = try await start(plugins: plugins, dynamic: dynamic(
            routers: [("guarded", "/", ["paths"]), ("closed", "/closed", ["loopback"])], middlewares: middlewares),
                                      workingDirectory: Self.repositoryRoot)
        let admin = try await get(running, "/admin/users")
        XCTAssertEqual(admin.status, .forbidden)
        XCTAssertEqual(admin.text, "Blocked\n")
        let php = try await get(running, "/index.php")
        XCTAssertEqual(php.status, .forbidden)
        let fine = try await get(running, "/administrator")
        XCTAssertEqual(fine.status, .ok, "the pattern is anchored: /administrator is not /admin")
        let closed = try await get(running, "/closed")
        XCTAssertEqual(closed.status, .forbidden, "the test client comes from 127.0.0.1")
        XCTAssertEqual(closed.text, "Forbidden\n", "CreateConfig's default message is kept")
        try await stop(running)
    }
}
