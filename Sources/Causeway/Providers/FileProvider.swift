import CausewayConfig
import Logging

/// The file provider: reads `providers.file` (one file or a directory tree), then, when `watch`
/// is on, polls for changes and re-reads. Configurations come out of `configurations()` through
/// the provider throttle. A file that fails to load is logged and nothing is emitted, so the
/// last good configuration stays in force; a configuration equal to the last emitted one is
/// not emitted again. Element names are not qualified here (`qualified(by: "file")` does that).
///
/// Changes are found by polling (file list, modification times, sizes, inodes) rather than
/// inotify: it works the same on Linux and macOS, sees atomic rename-replaces and files in
/// sub-directories, and costs a few `stat` calls per interval.
public struct FileProvider: Sendable {
    public static let name = "file"

    public var configuration: FileProviderConfiguration
    public var throttle: Duration
    public var pollInterval: Duration
    public var logger: Logger

    public init(
        configuration: FileProviderConfiguration,
        throttle: Duration = .seconds(2),
        pollInterval: Duration = .milliseconds(300),
        logger: Logger = Logger(label: "causeway.provider.file")
    ) {
        self.configuration = configuration
        self.throttle = throttle
        self.pollInterval = pollInterval
        self.logger = logger
    }

    /// Starts the provider. The first value is the initial load (if it succeeds). With
    /// `watch: false` the stream finishes after it; otherwise it runs until the consumer stops
    /// iterating.
    public func configurations() -> AsyncStream<DynamicConfiguration> {
        let (input, continuation) = ProviderThrottle.makeInput(of: DynamicConfiguration.self)
        let provider = self
        let watcher = Task {
            await provider.run(emit: { continuation.yield($0) })
            continuation.finish()
        }
        continuation.onTermination = { _ in watcher.cancel() }
        let output = ProviderThrottle.throttle(input, interval: throttle)
        return AsyncStream { outputContinuation in
            let relay = Task {
                for await value in output { outputContinuation.yield(value) }
                outputContinuation.finish()
            }
            outputContinuation.onTermination = { _ in
                relay.cancel()
                watcher.cancel()
            }
        }
    }

    /// Loads, emits, and (when watching) polls until cancelled.
    func run(emit: @Sendable (DynamicConfiguration) -> Void) async {
        var lastEmitted: DynamicConfiguration?
        var snapshot = FileTreeSnapshot.take(of: configuration)
        if let loaded = load(firstTime: true) {
            emit(loaded)
            lastEmitted = loaded
        } else if !configuration.watch {
            return
        }
        guard configuration.watch else { return }
        while !Task.isCancelled {
            do { try await Task.sleep(for: pollInterval) } catch { return }
            let current = FileTreeSnapshot.take(of: configuration)
            guard current != snapshot else { continue }
            snapshot = current
            guard let loaded = load(firstTime: false) else { continue }
            if loaded == lastEmitted {
                logger.debug("skipping unchanged configuration", metadata: ["providerName": "\(Self.name)"])
                continue
            }
            emit(loaded)
            lastEmitted = loaded
        }
    }

    /// One full read; errors and duplicate warnings are logged, nil means "emit nothing".
    private func load(firstTime: Bool) -> DynamicConfiguration? {
        do {
            let loaded = try DynamicConfigurationLoader.load(configuration)
            for warning in loaded.warnings {
                logger.warning("\(warning)", metadata: ["providerName": "\(Self.name)"])
            }
            return loaded.configuration
        } catch {
            let message = firstTime
                ? "Error while building configuration (for the first time)"
                : "Error occurred during watcher callback"
            logger.error("\(message): \(error)", metadata: ["providerName": "\(Self.name)"])
            return nil
        }
    }
}
