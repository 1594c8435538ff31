/// Traefik's per-provider throttle: a one-slot buffer that keeps only the newest pending value,
/// and a forwarder that, after passing one value on, waits `interval` before passing the next.
/// A burst of changes therefore reaches the consumer as its first value and then its latest.
public enum ProviderThrottle {
    /// Returns a stream that forwards `input` under the throttle. The forwarder stops when the
    /// consumer stops iterating (the returned stream is terminated) or when `input` finishes.
    public static func throttle<Element: Sendable>(
        _ input: AsyncStream<Element>, interval: Duration
    ) -> AsyncStream<Element> {
        let (output, continuation) = AsyncStream.makeStream(of: Element.self, bufferingPolicy: .bufferingNewest(1))
        let forwarder = Task {
            for await value in input {
                continuation.yield(value)
                if interval > .zero {
                    do { try await Task.sleep(for: interval) } catch { break }
                }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in forwarder.cancel() }
        return output
    }

    /// The one-slot input buffer a producer should write into.
    public static func makeInput<Element: Sendable>(of type: Element.Type = Element.self)
        -> (stream: AsyncStream<Element>, continuation: AsyncStream<Element>.Continuation) {
        AsyncStream.makeStream(of: Element.self, bufferingPolicy: .bufferingNewest(1))
    }
}
