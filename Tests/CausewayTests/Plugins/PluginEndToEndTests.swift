import CausewayConfig
import CausewayPlugins
import Foundation
import GoInterpreter
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle
import XCTest
@testable import Causeway

/// Starts the gateway with Go plugins: static configuration declaring local plugins, dynamic
/// configuration referencing them, a real upstream, real sockets.
class PluginGatewayTestCase: XCTestCase {
    var group: MultiThreadedEventLoopGroup!
    var upstream: TestUpstream!
    var directory: URL!

    /// Holds `plugins-local/src/example.test/…`, the test plugins.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    override func setUp() async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        upstream = try await TestUpstream.start(group: group, name: "one")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("causeway-plugins-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() async throws {
        await upstream.stop()
        try? FileManager.default.removeItem(at: directory)
        try await group.shutdownGracefully()
    }

    struct Running {
        let port: Int
        let serviceGroup: ServiceGroup
        let finished: Task<Void, Error>
    }

    /// Starts the gateway in `workingDirectory` (where `plugins-local/` is) with `plugins`
    /// (alias → module) declared, serving `dynamic`, and waits for `readyPath` to answer 200.
    func start(
        plugins: [String: String], dynamic: String, readyPath: String = "/ready",
        workingDirectory: URL = PluginGatewayTestCase.fixtures, budget: GoCallBudget = PluginHost.defaultBudget,
        pluginLogger: Logger = Harness.logger, extraFlags: [String] = []
    ) async throws -> Running {
        try dynamic.write(to: directory.appendingPathComponent("dynamic.yml"), atomically: true, encoding: .utf8)
        var flags = [
            "--entryPoints.web.address=127.0.0.1:0",
            "--providers.file.filename=\(directory.appendingPathComponent("dynamic.yml").path)",
            "--providers.providersThrottleDuration=100ms",
        ]
        for (alias, module) in plugins { flags.append("--experimental.localPlugins.\(alias).moduleName=\(module)") }
        flags += extraFlags
        let loaded = try StaticConfiguration.load(arguments: flags, environment: [:], workingDirectory: workingDirectory.path)
        let catalog = try LocalPluginCatalog.load(loaded.configuration.experimental, workingDirectory: workingDirectory.path, logger: Harness.logger)
        let host = PluginHost(catalog: catalog, workingDirectory: workingDirectory.path, logger: pluginLogger, budget: budget)
        let ready = AsyncStream<Int>.makeStream()
        let service = CausewayService(staticConfiguration: loaded.configuration, logger: Harness.logger, handlerBuilder: host) { gateway in
            ready.continuation.yield(await gateway.localAddress(of: "web")?.port ?? 0)
        }
        let serviceGroup = ServiceGroup(services: [service], logger: Harness.logger)
        let finished = Task { try await serviceGroup.run() }
        var iterator = ready.stream.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        let group = self.group!
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if (try? await TestClient.get(readyPath, port: port, group: group))?.status == .ok { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        return Running(port: port, serviceGroup: serviceGroup, finished: finished)
    }

    func stop(_ running: Running) async throws {
        await running.serviceGroup.triggerGracefulShutdown()
        try await running.finished.value
    }

    /// A router per (path prefix, middlewares) to the upstream, plus `/ready` without plugins.
    func dynamic(routers: [(name: String, prefix: String, middlewares: [String])], middlewares: String) -> String {
        var text = "http:\n  routers:\n    ready:\n      rule: \"Path(`/ready`)\"\n      service: up\n"
        for router in routers {
            text += "    \(router.name):\n      rule: \"PathPrefix(`\(router.prefix)`)\"\n      service: up\n"
            if !router.middlewares.isEmpty { text += "      middlewares: [\(router.middlewares.joined(separator: ", "))]\n" }
        }
        text += "  middlewares:\n\(middlewares)"
        text += "  services:\n    up:\n      loadBalancer:\n        servers:\n          - url: \"\(upstream.url)\"\n"
        return text
    }

    let behaveMiddleware = """
        behave:
          plugin:
            behave:
              greeting: "hi there"
              count: "42"
              enabled: "true"
              tags: "a,b,c"
              extra:
                color: blue
              nested:
                label: inner
                weight: 7
              ratio: 0.5
              codes:
                "404": missing
                "500": broken
              files: "\(PluginGatewayTestCase.fixtures.appendingPathComponent("static").path)"

    """

    func get(_ running: Running, _ uri: String, method: HTTPMethod = .GET, body: [UInt8]? = nil) async throws -> TestResponse {
        var request = TestRequest(uri: uri)
        request.method = method
        if let body { request.body = .bytes(body) }
        return try await TestClient.send([request], port: running.port, group: group)[0]
    }

}

/// Go plugins through the whole gateway: every example and error path.
final class PluginEndToEndTests: PluginGatewayTestCase {
    func testOptionsAreDecodedAsTraefikDoes() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/options")
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.text, "hi there|42|true|[a b c]|map[color:blue]|inner|7|0.5|behave@file|map[404:missing 500:broken]")
        try await stop(running)
    }

    func testHeadersAroundNextReachUpstreamAndClient() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/echo/hello?x=1")
        XCTAssertEqual(response.status, .ok)
        XCTAssertTrue(response.text.contains("GET /echo/hello?x=1 HTTP/1.1"), response.text)
        XCTAssertTrue(response.text.contains("X-Greeting: hi there"), "request header set before next goes upstream")
        XCTAssertEqual(response.headers.first(name: "X-Before"), "set", "response header set before next is sent")
        XCTAssertNil(response.headers.first(name: "X-After"), "headers set after the response was written are not sent")
        try await stop(running)
    }

    func testLargeResponsesStreamThroughAPluginThatPassesItsWriter() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let size = 256 << 20
        var request = TestRequest(uri: "/bytes/\(size)")
        request.keepBody = false
        let before = residentMemoryBytes()
        let response = try await TestClient.send([request], port: running.port, group: group)[0]
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.bodyCount, size)
        XCTAssertEqual(response.headers.first(name: "X-Before"), "set")
        XCTAssertLessThan(residentMemoryBytes() - before, 64 << 20, "the body streams; it is not buffered")
        try await stop(running)
    }

    func testCookiesRedirectsFilesAndBodyLimits() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        var request = TestRequest(uri: "/cookie")
        request.headers.append(("Cookie", "theme=dark; session=abc123"))
        let cookie = try await TestClient.send([request], port: running.port, group: group)[0]
        XCTAssertEqual(cookie.text, "session=abc123 cookies=2")
        XCTAssertEqual(cookie.headers["Set-Cookie"], ["seen=abc123; Path=/; Max-Age=60; HttpOnly; SameSite=Lax", "auth=\"Bearer abc123\""])
        let missing = try await get(running, "/cookie")
        XCTAssertEqual(missing.status, .badRequest)
        XCTAssertEqual(missing.text, "http: named cookie not present\n")
        let redirect = try await get(running, "/redirect")
        XCTAssertEqual(redirect.status, .found)
        XCTAssertEqual(redirect.headers.first(name: "Location"), "/elsewhere?from=plugin")
        let file = try await get(running, "/files/hello.txt")
        XCTAssertEqual(file.status, .ok)
        XCTAssertEqual(file.text, "static hello\n")
        XCTAssertEqual(file.headers.first(name: "Content-Type"), "text/plain; charset=utf-8")
        let docs = try await get(running, "/files/docs")
        XCTAssertEqual(docs.status, .movedPermanently)
        XCTAssertEqual(docs.headers.first(name: "Location"), "docs/")
        let index = try await get(running, "/files/docs/")
        XCTAssertEqual(index.text, "<p>docs home</p>\n")
        XCTAssertEqual(index.headers.first(name: "Content-Type"), "text/html; charset=utf-8")
        XCTAssertNotNil(index.headers.first(name: "Last-Modified"))
        let direct = try await get(running, "/files/docs/index.html")
        XCTAssertEqual(direct.headers.first(name: "Location"), "./")
        var ranged = TestRequest(uri: "/files/hello.txt")
        ranged.headers.append(("Range", "bytes=0-5"))
        let partial = try await TestClient.send([ranged], port: running.port, group: group)[0]
        XCTAssertEqual(partial.status, .partialContent)
        XCTAssertEqual(partial.text, "static")
        XCTAssertEqual(partial.headers.first(name: "Content-Range"), "bytes 0-5/13")
        var conditional = TestRequest(uri: "/files/hello.txt")
        conditional.headers.append(("If-Modified-Since", file.headers.first(name: "Last-Modified") ?? ""))
        let unchanged = try await TestClient.send([conditional], port: running.port, group: group)[0]
        XCTAssertEqual(unchanged.status, .notModified)
        let listing = try await get(running, "/files/empty/")
        XCTAssertTrue(listing.text.contains("<a href=\"a.txt\">a.txt</a>"), listing.text)
        let absent = try await get(running, "/files/../behave.go")
        XCTAssertEqual(absent.status, .notFound, "paths cannot climb out of the served directory")
        let small = try await get(running, "/limited", method: .POST, body: Array("tiny".utf8))
        XCTAssertEqual(small.text, "small enough")
        let large = try await get(running, "/limited", method: .POST, body: Array("far too large".utf8))
        XCTAssertEqual(large.status, .payloadTooLarge)
        XCTAssertEqual(large.text, "http: request body too large\n")
        try await stop(running)
    }

    func testPluginsSeeForwardedForWithoutTheClientWhichIsAppendedUpstream() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware),
                                      extraFlags: ["--entryPoints.web.forwardedHeaders.insecure=true"])
        var request = TestRequest(uri: "/xff")
        request.headers.append(("X-Forwarded-For", "203.0.113.9"))
        let response = try await TestClient.send([request], port: running.port, group: group)[0]
        XCTAssertTrue(response.text.contains("X-Seen-Forwarded-For: 203.0.113.9\n"), response.text)
        XCTAssertTrue(response.text.contains("X-Forwarded-For: 203.0.113.9, 127.0.0.1\n"), response.text)
        try await stop(running)
    }

    func testRequestHeadersReachGoCanonicalAndGrouped() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        var request = TestRequest(uri: "/headers")
        request.headers += [("accept", "text/html"), ("x-multi-word", "one"), ("ACCEPT", "*/*"), ("X-Multi-Word", "two")]
        let once = request
        // Past 16 headers the grouping uses an index instead of a linear search: both must agree.
        var many = request
        many.headers += (1...20).map { ("X-Filler-\($0)", "v") }
        for request in [once, many] {
            let response = try await TestClient.send([request], port: running.port, group: group)[0]
            XCTAssertEqual(response.text, #"host=example.com accept=["text/html" "*/*"] multi=["one" "two"] has-host=false no-body=true"#)
        }
        try await stop(running)
    }

    /// The request header map stays in the gateway's form until Go code uses it as a map;
    /// Header methods before and map operations after must both behave as Go's.
    func testHeaderMethodsBeforeAndAfterTheMapIsUsed() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        for path in ["/lazy", "/lazy-map"] {
            var request = TestRequest(uri: path)
            request.headers += [("x-mixed-case", "m"), ("X-Remove-Me", "r"), ("X-Added", "zero")]
            let response = try await TestClient.send([request], port: running.port, group: group)[0]
            XCTAssertEqual(response.status, .ok, path)
            let lines = Set(response.text.split(separator: "\n").map { String($0).lowercased() })
            XCTAssertTrue(lines.contains("x-set: s"), "\(path): \(response.text)")
            XCTAssertFalse(response.text.lowercased().contains("x-remove-me"), path)
            XCTAssertFalse(response.text.lowercased().contains("x-only-in-clone"), path)
            XCTAssertTrue(lines.contains("x-added: zero"), path)
            if path == "/lazy" {
                XCTAssertTrue(lines.contains("x-got: m||zero|s"), response.text)
                XCTAssertTrue(lines.contains("x-added: one") && lines.contains("x-added: two"), response.text)
            } else {
                XCTAssertTrue(lines.contains("x-count: 1") && lines.contains("x-added: three"), response.text)
            }
        }
        try await stop(running)
    }

    func testHijackerRecorderAndBuiltRequests() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let hijack = try await get(running, "/hijack")
        XCTAssertEqual(hijack.text, "true http: Hijack is not supported for Causeway plugins")
        let recorded = try await get(running, "/recorder")
        XCTAssertEqual(recorded.headers.first(name: "X-Recorded-Code"), "200")
        XCTAssertTrue(recorded.text.hasPrefix("SERVER: ONE\nGET /ECHO/REC HTTP/1.1"), recorded.text)
        let fresh = try await get(running, "/fresh")
        XCTAssertTrue(fresh.text.contains("GET /echo/fresh?x=1 HTTP/1.1"), fresh.text)
        XCTAssertTrue(fresh.text.contains("X-Fresh: yes\n"), fresh.text)
        XCTAssertTrue(fresh.text.contains("Host: backend.internal\n"), fresh.text)
        try await stop(running)
    }

    func testOutboundClientReachesOnlyAllowedHosts() async throws {
        let middlewares = behaveMiddleware.replacingOccurrences(of: "ratio: 0.5", with: "ratio: 0.5\n          remote: \"\(upstream.url)\"")
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: middlewares),
                                      extraFlags: ["--experimental.localPlugins.behave.settings.allowedHosts=127.0.0.1"])
        let call = try await get(running, "/call")
        XCTAssertEqual(call.status, .ok)
        XCTAssertTrue(call.text.hasPrefix("200 "), call.text)
        XCTAssertTrue(call.text.contains("|server: one\nGET /echo/outbound?from=plugin HTTP/1.1"), call.text)
        XCTAssertTrue(call.text.contains("X-Asked-By: behave@file"), call.text)
        let denied = try await get(running, "/call-denied")
        XCTAssertEqual(denied.text, "Get \"http://forbidden.example/\": plugin network access to forbidden.example is not allowed (list it in the plugin's settings.allowedHosts)")
        try await stop(running)
    }

    func testNewIsCalledPerRouterAndGlobalsAreShared() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"], dynamic: dynamic(
            routers: [("first", "/instances", ["behave"]), ("second", "/second", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/instances")
        XCTAssertEqual(response.text, "2", "one New per router using the middleware, one package state")
        try await stop(running)
    }

    func testWrappedWriterSeesAndRewritesTheResponse() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/rewrite")
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.headers.first(name: "X-Rewritten"), "yes")
        XCTAssertTrue(response.text.hasPrefix("SERVER: one\nGET /echo HTTP/1.1"), response.text)
        XCTAssertEqual(response.headers.first(name: "Content-Length"), String(response.body.count))
        try await stop(running)
    }

    func testPluginReadsAndReplacesTheRequestBody() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/upload", method: .POST, body: Array("make me loud".utf8))
        XCTAssertTrue(response.text.contains("POST /echo/upload HTTP/1.1"), response.text)
        XCTAssertTrue(response.text.contains("content-length: 13") || response.text.contains("Content-Length: 13"), response.text)
        XCTAssertTrue(response.text.hasSuffix("\nMAKE ME LOUD!"), response.text)
        try await stop(running)
    }

    func testChangedURLIsWhatGoesUpstream() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/move?old=1")
        XCTAssertTrue(response.text.contains("GET /echo/moved%20here?from=plugin HTTP/1.1"), response.text)
        try await stop(running)
    }

    func testPluginAnswersWithoutNext() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let response = try await get(running, "/teapot")
        XCTAssertEqual(response.status, .imATeapot)
        XCTAssertEqual(response.text, "short and stout")
        XCTAssertEqual(response.headers.first(name: "X-Plugin"), "behave@file")
        XCTAssertEqual(response.headers.first(name: "Content-Type"), "text/plain; charset=utf-8", "sniffed as Go's server does")
        XCTAssertNotNil(response.headers.first(name: "Date"), "Go's server dates every response")
        let head = try await get(running, "/teapot", method: .HEAD)
        XCTAssertEqual(head.headers.first(name: "Content-Length"), "15", "HEAD announces the length of what GET would send")
        XCTAssertTrue(head.body.isEmpty)
        XCTAssertEqual(upstream.requestsServed, 1, "only the readiness probe reached the upstream")
        try await stop(running)
    }

    func testPanicAndRunawayPluginsAnswer500AndTheGatewayKeepsServing() async throws {
        let logs = LogCapture()
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware),
                                      budget: GoCallBudget(maxSteps: 20_000_000, timeout: 0.5), pluginLogger: logs.logger)
        let panicked = try await get(running, "/panic")
        XCTAssertEqual(panicked.status, .internalServerError)
        let report = logs.all.first { $0.contains("plugin exploded") } ?? ""
        XCTAssertTrue(report.hasPrefix("error "), report)
        XCTAssertTrue(report.contains("plugin=behave"), "the log names the plugin: \(report)")
        XCTAssertTrue(report.contains("middlewareName=behave@file"), report)
        XCTAssertTrue(report.contains("goroutine ") && report.contains("behave.go:"), "the log carries the Go stack: \(report)")
        let started = ContinuousClock.now
        let looped = try await get(running, "/loop")
        XCTAssertEqual(looped.status, .internalServerError)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5), "the budget stops an endless loop")
        let hoarded = try await get(running, "/alloc")
        XCTAssertEqual(hoarded.status, .internalServerError)
        let fine = try await get(running, "/echo/after")
        XCTAssertEqual(fine.status, .ok, "the plugin and the gateway keep serving")
        try await stop(running)
    }

    func testNewErrorDisablesOnlyTheRoutersUsingIt() async throws {
        let middlewares = behaveMiddleware + """
            refused:
              plugin:
                behave:
                  greeting: fail

        """
        let running = try await start(plugins: ["behave": "example.test/behave"], dynamic: dynamic(
            routers: [("good", "/good", ["behave"]), ("bad", "/bad", ["refused"])], middlewares: middlewares))
        let good = try await get(running, "/good/echo")
        XCTAssertEqual(good.status, .ok)
        let bad = try await get(running, "/bad")
        XCTAssertEqual(bad.status, .notFound, "the router whose plugin's New failed is disabled")
        try await stop(running)
    }

    func testPluginThatFailsToCompileDisablesPluginsButNotTheGateway() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave", "failing": "example.test/failing"], dynamic: dynamic(
            routers: [("plain", "/plain", []), ("plugged", "/plugged", ["behave"])], middlewares: behaveMiddleware))
        let plain = try await get(running, "/plain")
        XCTAssertEqual(plain.status, .ok, "routers without plugins serve")
        let plugged = try await get(running, "/plugged")
        XCTAssertEqual(plugged.status, .notFound, "Traefik's policy: a plugin that fails to load disables plugins")
        try await stop(running)
    }

    func testThousandRequestsWaitInsidePluginsWithoutAThreadEach() async throws {
        let running = try await start(plugins: ["behave": "example.test/behave"],
                                      dynamic: dynamic(routers: [("main", "/", ["behave"])], middlewares: behaveMiddleware))
        let threadsBefore = Self.threadCount()
        let peakThreads = NIOLockedValueBox(threadsBefore)
        let port = running.port
        let group = self.group!
        let started = ContinuousClock.now
        let statuses = try await withThrowingTaskGroup(of: HTTPResponseStatus.self) { tasks in
            for _ in 0..<1000 {
                tasks.addTask { try await TestClient.get("/slow/200", port: port, group: group).status }
            }
            tasks.addTask {
                for _ in 0..<10 {
                    try await Task.sleep(for: .milliseconds(50))
                    let now = Self.threadCount()
                    peakThreads.withLockedValue { $0 = max($0, now) }
                }
                return .ok
            }
            var all: [HTTPResponseStatus] = []
            for try await status in tasks { all.append(status) }
            return all
        }
        XCTAssertEqual(statuses.count, 1001)
        XCTAssertTrue(statuses.allSatisfy { $0 == .ok })
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(20))
        XCTAssertLessThan(peakThreads.withLockedValue { $0 } - threadsBefore, 10, "no thread per waiting request")
        try await stop(running)
    }

    static func threadCount() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("Threads:") {
            return Int(line.split(separator: "\t").last.map(String.init)?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
        }
        return 0
    }
}

/// Developer mode: Traefik's `experimental.devPlugin` form, with sources reloaded on change.
final class PluginDevModeTests: PluginGatewayTestCase {
    func testEditingPluginSourceReloadsItWithoutRestart() async throws {
        let gopath = directory.appendingPathComponent("devpath")
        let source = Self.fixtures.appendingPathComponent("plugins-local/src/example.test/behave")
        let target = gopath.appendingPathComponent("src/example.test/behave")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
        let devConfiguration = dynamic(routers: [("main", "/", ["behave"])],
                                       middlewares: behaveMiddleware.replacingOccurrences(of: "plugin:\n        behave:", with: "plugin:\n        dev:"))
        let running = try await start(plugins: [:], dynamic: devConfiguration, workingDirectory: directory, extraFlags: [
            "--experimental.devPlugin.goPath=\(gopath.path)", "--experimental.devPlugin.moduleName=example.test/behave",
        ])
        let before = try await get(running, "/teapot")
        XCTAssertEqual(before.text, "short and stout")
        let file = target.appendingPathComponent("behave.go")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "short and stout", with: "tall and slim")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let deadline = ContinuousClock.now + .seconds(10)
        var after = ""
        while ContinuousClock.now < deadline {
            after = try await get(running, "/teapot").text
            if after == "tall and slim" { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTAssertEqual(after, "tall and slim", "the edited plugin serves without a restart")
        try await stop(running)
    }
}
