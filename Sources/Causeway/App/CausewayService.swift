import CausewayConfig
import Logging
import NIOCore
import ServiceLifecycle

#if canImport(Glibc)
import Glibc
#endif

/// The whole gateway as one long-running service: binds the static entry points, follows the
/// providers' configurations (each new one is built into a snapshot and swapped in), and on
/// graceful shutdown stops accepting and lets in-flight requests finish.
public struct CausewayService: Service {
    public let staticConfiguration: StaticConfiguration
    public let logger: Logger
    public let environment: [String: String]
    /// Instantiates plugin middlewares (nil: plugin middlewares are reported disabled).
    public let handlerBuilder: (any HandlerMiddlewareBuilder)?
    private let onReady: @Sendable (Gateway) async -> Void

    public init(
        staticConfiguration: StaticConfiguration, logger: Logger, environment: [String: String] = [:],
        handlerBuilder: (any HandlerMiddlewareBuilder)? = nil,
        onReady: @escaping @Sendable (Gateway) async -> Void = { _ in }
    ) {
        self.staticConfiguration = staticConfiguration
        self.logger = logger
        self.environment = environment
        self.handlerBuilder = handlerBuilder
        self.onReady = onReady
    }

    public func run() async throws {
        let builder = {
            var builder = RuntimeBuilder(staticConfiguration: staticConfiguration)
            builder.handlerBuilder = handlerBuilder
            return builder
        }()
        let threads = EventLoopThreads.count(environment: environment)
        let gateway = Gateway(
            initialResolver: RuntimeSnapshot.empty, threads: threads ?? System.coreCount, logger: logger
        )
        do {
            try await gateway.start(entryPoints: entryPointSettings())
        } catch {
            await gateway.shutdown()
            throw error
        }
        await onReady(gateway)
        let logger = self.logger
        let providers = staticConfiguration.providers
        await withTaskGroup(of: Void.self) { group in
            if let file = providers.file {
                let provider = FileProvider(
                    configuration: file,
                    throttle: .nanoseconds(providers.providersThrottleDuration.nanoseconds),
                    logger: logger
                )
                group.addTask {
                    await Self.follow(provider.configurations(), provider: FileProvider.name, source: file.source,
                                      builder: builder, gateway: gateway, logger: logger)
                }
            } else {
                logger.warning("no provider configured: every request gets 404 (set providers.file)")
            }
            // Wait for SIGTERM/SIGINT (or cancellation), then stop following providers.
            try? await gracefulShutdown()
            group.cancelAll()
        }
        logger.info("shutting down: no new connections, finishing in-flight requests")
        await gateway.shutdown()
    }

    /// Applies every configuration a provider sends, until the stream ends or the task is
    /// cancelled; in plugin dev mode, also rebuilds the last one when plugin sources change.
    static func follow(
        _ configurations: AsyncStream<DynamicConfiguration>, provider: String, source: String,
        builder: RuntimeBuilder, gateway: Gateway, logger: Logger
    ) async {
        // nil asks for the last configuration to be built again.
        let (events, continuation) = AsyncStream<DynamicConfiguration?>.makeStream()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await configuration in configurations { continuation.yield(configuration) }
                continuation.finish()
            }
            if let handlers = builder.handlerBuilder, handlers.watchesSources {
                group.addTask {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: .milliseconds(500))
                        if handlers.sourcesChanged() { continuation.yield(nil) }
                    }
                }
            }
            var last: DynamicConfiguration?
            for await event in events {
                if Task.isCancelled { break }
                guard let configuration = event ?? last else { continue }
                last = configuration
                await apply(configuration, provider: provider, source: source, builder: builder, gateway: gateway, logger: logger)
            }
            group.cancelAll()
        }
    }

    private static func apply(
        _ configuration: DynamicConfiguration, provider: String, source: String,
        builder: RuntimeBuilder, gateway: Gateway, logger: Logger
    ) async {
        let (snapshot, issues) = builder.build([provider: configuration])
        for issue in issues {
            let level: Logger.Level = issue.severity == .disabled ? .error : .warning
            logger.log(level: level, "\(issue)", metadata: ["providerName": "\(provider)", "source": "\(source)"])
        }
        await gateway.apply(snapshot)
        builder.handlerBuilder?.configurationApplied()
        logger.info("configuration applied", metadata: [
            "providerName": "\(provider)",
            "routers": "\(configuration.http.routers.count)",
            "disabled": "\(issues.filter { $0.severity == .disabled }.count)",
        ])
    }

    func entryPointSettings() -> [EntryPointSettings] {
        let serverName = Self.hostName()
        return staticConfiguration.entryPoints.keys.sorted().compactMap { name in
            let entryPoint = staticConfiguration.entryPoints[name]!
            guard entryPoint.parsedAddress.network == .tcp else {
                logger.warning("UDP entry points are not supported yet", metadata: ["entryPoint": "\(name)"])
                return nil
            }
            let forwarded = entryPoint.forwardedHeaders
            let trusted = TrustedAddresses(forwarded.trustedIPs, logger: logger, entryPoint: name)
            return EntryPointSettings(
                name: name,
                host: entryPoint.parsedAddress.host.isEmpty ? "0.0.0.0" : entryPoint.parsedAddress.host,
                port: entryPoint.parsedAddress.port,
                idleTimeout: .nanoseconds(entryPoint.transport.respondingTimeouts.idleTimeout.nanoseconds),
                readTimeout: .nanoseconds(entryPoint.transport.respondingTimeouts.readTimeout.nanoseconds),
                graceTimeout: .nanoseconds(entryPoint.transport.lifeCycle.graceTimeOut.nanoseconds),
                forwarded: ForwardedHeadersPolicy(
                    insecure: forwarded.insecure, serverName: serverName, isTrusted: { trusted.contains($0) }
                )
            )
        }
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return "causeway" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

extension FileProviderConfiguration {
    /// What the provider reads, for log lines.
    var source: String { directory.isEmpty ? filename : directory }
}
