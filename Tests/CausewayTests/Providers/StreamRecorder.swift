import Foundation

/// Collects what a stream emits (in a background task) so tests can wait for values with a
/// deadline instead of blocking on `next()`.
actor StreamRecorder<Element: Sendable> {
    private(set) var values: [Element] = []
    private(set) var finished = false
    private(set) var arrivals: [ContinuousClock.Instant] = []

    func append(_ value: Element) {
        values.append(value)
        arrivals.append(.now)
    }

    func finish() { finished = true }

    nonisolated func record(_ stream: AsyncStream<Element>) -> Task<Void, Never> {
        Task {
            for await value in stream { await self.append(value) }
            await self.finish()
        }
    }

    /// Waits until at least `count` values arrived; returns false on timeout.
    func waitForCount(_ count: Int, timeout: Duration = .seconds(5)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while values.count < count {
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }

    func waitForFinish(timeout: Duration = .seconds(5)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !finished {
            if ContinuousClock.now >= deadline { return false }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return true
    }
}
