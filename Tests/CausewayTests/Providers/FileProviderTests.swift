import CausewayConfig
import Foundation
import Logging
import XCTest
@testable import Causeway

final class FileProviderTests: XCTestCase {
    private var directory = ""

    override func setUpWithError() throws {
        directory = (FileManager.default.temporaryDirectory.path as NSString)
            .appendingPathComponent("causeway-file-provider-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    @discardableResult
    private func write(_ name: String, _ text: String) throws -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func routerFile(rule: String) -> String {
        "http:\n  routers:\n    r:\n      rule: \"\(rule)\"\n      service: s\n"
    }

    private func provider(_ configuration: FileProviderConfiguration, throttle: Duration = .milliseconds(50)) -> FileProvider {
        FileProvider(configuration: configuration, throttle: throttle, pollInterval: .milliseconds(50),
                     logger: Logger(label: "test.file-provider"))
    }

    func testReloadsAChangedFileAndKeepsTheOldConfigurationOnErrors() async throws {
        let path = try write("dynamic.yml", routerFile(rule: "Path(`/one`)"))
        let recorder = StreamRecorder<DynamicConfiguration>()
        let task = recorder.record(provider(FileProviderConfiguration(filename: path)).configurations())
        defer { task.cancel() }

        let gotInitial = await recorder.waitForCount(1)
        XCTAssertTrue(gotInitial)
        var values = await recorder.values
        XCTAssertEqual(values.last?.http.routers["r"]?.rule, "Path(`/one`)")

        try write("dynamic.yml", routerFile(rule: "Path(`/two`)"))
        let gotReload = await recorder.waitForCount(2)
        XCTAssertTrue(gotReload)
        values = await recorder.values
        XCTAssertEqual(values.last?.http.routers["r"]?.rule, "Path(`/two`)")

        // A broken file is logged and emits nothing: the previous configuration stays.
        try write("dynamic.yml", "http:\n  routers:\n    r:\n      rulle: broken\n")
        try await Task.sleep(for: .milliseconds(500))
        values = await recorder.values
        XCTAssertEqual(values.count, 2)

        // Rewriting the same content as the last good version is "unchanged": nothing emitted.
        try write("dynamic.yml", routerFile(rule: "Path(`/two`)"))
        try await Task.sleep(for: .milliseconds(500))
        values = await recorder.values
        XCTAssertEqual(values.count, 2)

        try write("dynamic.yml", routerFile(rule: "Path(`/three`)"))
        let gotFixed = await recorder.waitForCount(3)
        XCTAssertTrue(gotFixed)
        values = await recorder.values
        XCTAssertEqual(values.last?.http.routers["r"]?.rule, "Path(`/three`)")
    }

    func testDirectoryModeSeesNewFilesInSubDirectories() async throws {
        try write("a.yml", routerFile(rule: "Path(`/a`)"))
        let recorder = StreamRecorder<DynamicConfiguration>()
        let task = recorder.record(provider(FileProviderConfiguration(directory: directory)).configurations())
        defer { task.cancel() }
        let gotInitial = await recorder.waitForCount(1)
        XCTAssertTrue(gotInitial)

        try write("sub/b.toml", "[http.services.s.loadBalancer]\n[[http.services.s.loadBalancer.servers]]\nurl = \"http://x\"\n")
        let gotReload = await recorder.waitForCount(2)
        XCTAssertTrue(gotReload)
        let values = await recorder.values
        XCTAssertEqual(values.last?.http.services["s"]?.loadBalancer?.servers.first?.url, "http://x")
        XCTAssertEqual(values.last?.http.routers["r"]?.rule, "Path(`/a`)")
    }

    func testThrottleCollapsesABurstOfEdits() async throws {
        let path = try write("dynamic.yml", routerFile(rule: "Path(`/0`)"))
        let recorder = StreamRecorder<DynamicConfiguration>()
        let task = recorder.record(provider(FileProviderConfiguration(filename: path), throttle: .milliseconds(1500))
            .configurations())
        defer { task.cancel() }
        let gotInitial = await recorder.waitForCount(1)
        XCTAssertTrue(gotInitial)

        // Several edits, each seen by the poller, all within one throttle period.
        for index in 1...4 {
            try write("dynamic.yml", routerFile(rule: "Path(`/\(index)`)"))
            try await Task.sleep(for: .milliseconds(150))
        }
        let gotSecond = await recorder.waitForCount(2)
        XCTAssertTrue(gotSecond)
        try await Task.sleep(for: .milliseconds(1700))
        let values = await recorder.values
        XCTAssertEqual(values.map { $0.http.routers["r"]?.rule }, ["Path(`/0`)", "Path(`/4`)"])
    }

    func testWithoutWatchLoadsOnceAndFinishes() async throws {
        let path = try write("dynamic.yml", routerFile(rule: "Path(`/once`)"))
        let recorder = StreamRecorder<DynamicConfiguration>()
        let task = recorder.record(provider(FileProviderConfiguration(filename: path, watch: false)).configurations())
        defer { task.cancel() }
        let finished = await recorder.waitForFinish()
        XCTAssertTrue(finished)
        let values = await recorder.values
        XCTAssertEqual(values.map { $0.http.routers["r"]?.rule }, ["Path(`/once`)"])
    }

    func testBrokenInitialFileWithWatchWaitsForAFix() async throws {
        let path = try write("dynamic.yml", "http: [broken\n")
        let recorder = StreamRecorder<DynamicConfiguration>()
        let task = recorder.record(provider(FileProviderConfiguration(filename: path)).configurations())
        defer { task.cancel() }
        try await Task.sleep(for: .milliseconds(300))
        var values = await recorder.values
        XCTAssertEqual(values.count, 0)
        try write("dynamic.yml", routerFile(rule: "Path(`/fixed`)"))
        let gotFixed = await recorder.waitForCount(1)
        XCTAssertTrue(gotFixed)
        values = await recorder.values
        XCTAssertEqual(values.first?.http.routers["r"]?.rule, "Path(`/fixed`)")
    }

    func testBrokenInitialFileWithoutWatchEmitsNothing() async throws {
        let path = try write("dynamic.yml", "http: [broken\n")
        let recorder = StreamRecorder<DynamicConfiguration>()
        let task = recorder.record(provider(FileProviderConfiguration(filename: path, watch: false)).configurations())
        defer { task.cancel() }
        let finished = await recorder.waitForFinish()
        XCTAssertTrue(finished)
        let values = await recorder.values
        XCTAssertTrue(values.isEmpty)
    }
}
