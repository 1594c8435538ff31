import XCTest
@testable import Causeway

final class ProviderThrottleTests: XCTestCase {
    func testBurstCollapsesToLatestAfterThePause() async {
        let (input, continuation) = ProviderThrottle.makeInput(of: Int.self)
        let output = ProviderThrottle.throttle(input, interval: .milliseconds(400))
        let recorder = StreamRecorder<Int>()
        let task = recorder.record(output)
        defer { task.cancel() }

        continuation.yield(1)
        let gotFirst = await recorder.waitForCount(1)
        XCTAssertTrue(gotFirst)
        for value in 2...5 { continuation.yield(value) }
        let gotSecond = await recorder.waitForCount(2)
        XCTAssertTrue(gotSecond)
        try? await Task.sleep(for: .milliseconds(600))
        let values = await recorder.values
        XCTAssertEqual(values, [1, 5], "only the newest pending value is forwarded")
        let arrivals = await recorder.arrivals
        XCTAssertGreaterThanOrEqual(arrivals[1] - arrivals[0], .milliseconds(350), "forwarding waits for the throttle")
    }

    func testZeroIntervalForwardsEverythingAndFinishes() async {
        let (input, continuation) = ProviderThrottle.makeInput(of: Int.self)
        let recorder = StreamRecorder<Int>()
        let task = recorder.record(ProviderThrottle.throttle(input, interval: .zero))
        defer { task.cancel() }
        continuation.yield(1)
        _ = await recorder.waitForCount(1)
        continuation.yield(2)
        _ = await recorder.waitForCount(2)
        continuation.finish()
        let finished = await recorder.waitForFinish()
        XCTAssertTrue(finished)
        let values = await recorder.values
        XCTAssertEqual(values, [1, 2])
    }
}
