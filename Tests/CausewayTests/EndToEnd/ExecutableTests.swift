import Foundation
import NIOCore
import NIOPosix
import XCTest

/// The `causeway` executable as an operator runs it: flags, a dynamic file, signals, exit codes.
final class ExecutableTests: XCTestCase {
    /// The executable sits beside the test bundle in the build directory.
    private var executable: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("causeway")
    }

    private func freePort() async throws -> Int {
        let probe = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "127.0.0.1", port: 0).get()
        let port = probe.localAddress!.port!
        try await probe.close()
        return port
    }

    /// Waits until `/` is routed (the entry point listens before the first configuration lands).
    private func waitUntilRouting(_ port: Int, group: EventLoopGroup) async throws {
        for _ in 0..<100 {
            if (try? await TestClient.get("/", port: port, group: group))?.status == .ok { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        XCTFail("causeway did not start routing on \(port)")
    }

    func testSIGTERMFinishesInFlightRequestsAndExitsZero() async throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: executable.path), "causeway not built beside the tests")
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let upstream = try await TestUpstream.start(group: group)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("causeway-exe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let dynamic = directory.appendingPathComponent("dynamic.toml")
        try """
        [http.routers.all]
        rule = "PathPrefix(`/`)"
        service = "up"

        [[http.services.up.loadBalancer.servers]]
        url = "\(upstream.url)"
        """.write(to: dynamic, atomically: true, encoding: .utf8)
        let port = try await freePort()

        let process = Process()
        process.executableURL = executable
        process.arguments = [
            "--entryPoints.web.address=127.0.0.1:\(port)",
            "--providers.file.filename=\(dynamic.path)",
            "--log.level=ERROR",
        ]
        process.currentDirectoryURL = directory
        try process.run()
        try await waitUntilRouting(port, group: group)

        let slow = Task { try await TestClient.get("/slow/800", port: port, group: group) }
        try await Task.sleep(for: .milliseconds(250))
        process.terminate()  // SIGTERM
        let response = try await slow.value
        XCTAssertEqual(response.text, "slow 800", "the in-flight request completes after SIGTERM")
        while process.isRunning { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 0)

        await upstream.stop()
        try? FileManager.default.removeItem(at: directory)
        try await group.shutdownGracefully()
    }

    func testUnknownStaticKeyIsAnErrorNamingFileAndKey() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: executable.path), "causeway not built beside the tests")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("causeway-exe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "entryPoints:\n  web:\n    address: \":0\"\n    adress: \":1\"\n".write(
            to: directory.appendingPathComponent("traefik.yml"), atomically: true, encoding: .utf8
        )
        let process = Process()
        process.executableURL = executable
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 1)
        XCTAssertTrue(message.contains("traefik.yml"), message)
        XCTAssertTrue(message.contains("adress"), message)
    }
}
