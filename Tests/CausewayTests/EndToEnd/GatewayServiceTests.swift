import CausewayConfig
import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import ServiceLifecycle
import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import Causeway

/// The gateway as users run it: static configuration from flags, dynamic configuration from a
/// watched file, a real upstream, real sockets.
final class GatewayServiceTests: XCTestCase {
    var group: MultiThreadedEventLoopGroup!
    var upstream: TestUpstream!
    var other: TestUpstream!
    var directory: URL!

    override func setUp() async throws {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        upstream = try await TestUpstream.start(group: group, name: "one")
        other = try await TestUpstream.start(group: group, name: "two")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("causeway-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDown() async throws {
        await upstream.stop()
        await other.stop()
        try? FileManager.default.removeItem(at: directory)
        try await group.shutdownGracefully()
    }

    /// A running gateway plus the handle to stop it as SIGTERM would.
    struct Running {
        let port: Int
        let serviceGroup: ServiceGroup
        let finished: Task<Void, Error>
    }

    private func write(_ text: String, to name: String = "dynamic.yml") throws {
        // Write then rename, as editors and config management tools do.
        let target = directory.appendingPathComponent(name)
        let temporary = directory.appendingPathComponent(".\(name).tmp")
        try text.write(to: temporary, atomically: false, encoding: .utf8)
        XCTAssertEqual(rename(temporary.path, target.path), 0)
    }

    /// Starts the gateway and waits until the file's first configuration is applied (the entry
    /// point listens before the provider's first load arrives, answering 404 meanwhile).
    private func start(readyPath: String = "/", extraFlags: [String] = []) async throws -> Running {
        let loaded = try StaticConfiguration.load(
            arguments: [
                "--entryPoints.web.address=127.0.0.1:0",
                "--providers.file.filename=\(directory.appendingPathComponent("dynamic.yml").path)",
                "--providers.providersThrottleDuration=200ms",
            ] + extraFlags,
            environment: [:], workingDirectory: directory.path
        )
        let ready = AsyncStream<Int>.makeStream()
        let service = CausewayService(staticConfiguration: loaded.configuration, logger: Harness.logger) { gateway in
            ready.continuation.yield(await gateway.localAddress(of: "web")?.port ?? 0)
        }
        let serviceGroup = ServiceGroup(services: [service], logger: Harness.logger)
        let finished = Task { try await serviceGroup.run() }
        var iterator = ready.stream.makeAsyncIterator()
        let port = await iterator.next() ?? 0
        let group = self.group!
        try await eventually("the first configuration is applied") {
            (try? await TestClient.get(readyPath, port: port, group: group))?.status == .ok
        }
        return Running(port: port, serviceGroup: serviceGroup, finished: finished)
    }

    private func stop(_ running: Running) async throws {
        await running.serviceGroup.triggerGracefulShutdown()
        try await running.finished.value
    }

    /// Polls until `condition` holds (reloads are asynchronous), failing after `timeout`.
    private func eventually(
        timeout: Duration = .seconds(5), _ what: String, _ condition: () async throws -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        XCTFail("timed out waiting for: \(what)")
    }

    private func config(routers: String, services: String? = nil) -> String {
        """
        http:
          routers:
        \(routers)
          services:
        \(services ?? """
            one:
              loadBalancer:
                servers:
                  - url: "\(upstream.url)"
            two:
              loadBalancer:
                servers:
                  - url: "\(other.url)"
        """)
        """
    }

    /// One router sending every request to `service`.
    private func catchAll(to service: String) -> String {
        config(routers: """
            main:
              rule: "PathPrefix(`/`)"
              service: \(service)
        """)
    }

    func testRoutesByRuleAndPriority() async throws {
        try write(config(routers: """
            catchall:
              rule: "PathPrefix(`/`)"
              service: one
            api:
              rule: "Host(`api.example.com`) && PathPrefix(`/v1`)"
              service: two
        """))
        let running = try await start()
        let api = try await TestClient.get("/v1/users", host: "API.example.com:80", port: running.port, group: group)
        XCTAssertEqual(api.headers.first(name: "X-Upstream"), "two", "longer rule wins, host matched without case or port")
        let other = try await TestClient.get("/v1/users", host: "www.example.com", port: running.port, group: group)
        XCTAssertEqual(other.headers.first(name: "X-Upstream"), "one")
        try await stop(running)
    }

    func testHotReloadAppliesChangesWithoutFailingRequests() async throws {
        try write(catchAll(to: "one"))
        let running = try await start()
        let port = running.port
        let group = self.group!
        // Clients hammer the gateway while the configuration changes under them.
        let failures = NIOLockedValueBox(0)
        let served = NIOLockedValueBox(0)
        let stopLoad = NIOLockedValueBox(false)
        let load = Task {
            await withTaskGroup(of: Void.self) { tasks in
                for _ in 0..<4 {
                    tasks.addTask {
                        while !stopLoad.withLockedValue({ $0 }) {
                            let requests = (0..<20).map { _ in TestRequest(uri: "/") }
                            do {
                                let responses = try await TestClient.send(requests, port: port, group: group)
                                let bad = responses.filter { $0.status != .ok }.count
                                failures.withLockedValue { $0 += bad }
                                served.withLockedValue { $0 += responses.count - bad }
                            } catch {
                                failures.withLockedValue { $0 += 1 }
                            }
                        }
                    }
                }
            }
        }
        for round in 0..<4 {
            let service = round % 2 == 0 ? "two" : "one"
            try write(catchAll(to: service))
            try await eventually("reload \(round) to \(service)") {
                try await TestClient.get("/", port: port, group: group).headers.first(name: "X-Upstream") == service
            }
        }
        stopLoad.withLockedValue { $0 = true }
        await load.value
        XCTAssertEqual(failures.withLockedValue { $0 }, 0, "no request may fail during reloads")
        XCTAssertGreaterThan(served.withLockedValue { $0 }, 100)
        try await stop(running)
    }

    func testBrokenElementsAreSkippedAndTheRestServes() async throws {
        try write(config(
            routers: """
                good:
                  rule: "PathPrefix(`/good`)"
                  service: one
                badrule:
                  rule: "PathPrefix(`/bad`) &&"
                  service: one
                missing:
                  rule: "PathPrefix(`/missing`)"
                  service: nowhere
                badurl:
                  rule: "PathPrefix(`/badurl`)"
                  service: broken
                nomiddleware:
                  rule: "PathPrefix(`/mw`)"
                  service: one
                  middlewares: [ghost]
            """,
            services: """
                one:
                  loadBalancer:
                    servers:
                      - url: "\(upstream.url)"
                broken:
                  loadBalancer:
                    servers:
                      - url: "127.0.0.1:9"
            """
        ))
        let builderIssues = try RuntimeBuilder(entryPoints: ["web"], defaultEntryPoints: ["web"])
            .build(["file": DynamicConfigurationLoader.load(file: directory.appendingPathComponent("dynamic.yml").path).configuration])
            .issues.map(\.description)
        XCTAssertTrue(builderIssues.contains { $0.hasPrefix("router \"badrule@file\" disabled: error while parsing rule") }, "\(builderIssues)")
        XCTAssertTrue(builderIssues.contains("router \"missing@file\" disabled: the service \"nowhere@file\" does not exist"), "\(builderIssues)")
        XCTAssertTrue(builderIssues.contains { $0.hasPrefix("service \"broken@file\" disabled: servers[0]: invalid server URL \"127.0.0.1:9\"") }, "\(builderIssues)")
        XCTAssertTrue(builderIssues.contains("router \"nomiddleware@file\" disabled: middleware \"ghost@file\" does not exist"), "\(builderIssues)")

        let running = try await start(readyPath: "/good")
        let good = try await TestClient.get("/good", port: running.port, group: group)
        XCTAssertEqual(good.status, .ok)
        for path in ["/bad", "/missing", "/badurl", "/mw"] {
            let response = try await TestClient.get(path, port: running.port, group: group)
            XCTAssertEqual(response.status, .notFound, "\(path) belongs to a disabled router")
        }
        try await stop(running)
    }

    func testUnparsableFileKeepsThePreviousConfiguration() async throws {
        try write(catchAll(to: "one"))
        let running = try await start()
        try write("http:\n  routers:\n    main: [unclosed\n")
        try await Task.sleep(for: .milliseconds(1200))
        let response = try await TestClient.get("/", port: running.port, group: group)
        XCTAssertEqual(response.headers.first(name: "X-Upstream"), "one", "the broken file must not replace the working one")
        // A file with an unknown key is rejected whole too.
        try write(config(routers: """
            main:
              rule: "PathPrefix(`/`)"
              service: two
              prioriti: 3
        """))
        try await Task.sleep(for: .milliseconds(1200))
        let still = try await TestClient.get("/", port: running.port, group: group)
        XCTAssertEqual(still.headers.first(name: "X-Upstream"), "one")
        // Fixing the file applies it.
        try write(catchAll(to: "two"))
        try await eventually("the fixed file applies") {
            try await TestClient.get("/", port: running.port, group: self.group).headers.first(name: "X-Upstream") == "two"
        }
        try await stop(running)
    }

    func testGracefulShutdownFinishesInFlightRequests() async throws {
        try write(catchAll(to: "one"))
        let running = try await start()
        let port = running.port
        let group = self.group!
        let slow = Task { try await TestClient.get("/slow/700", port: port, group: group) }
        try await Task.sleep(for: .milliseconds(200))
        await running.serviceGroup.triggerGracefulShutdown()
        let response = try await slow.value
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.text, "slow 700")
        try await running.finished.value
        do {
            _ = try await TestClient.get("/", port: port, group: group)
            XCTFail("the gateway must not accept connections after shutdown")
        } catch {}
    }
}
