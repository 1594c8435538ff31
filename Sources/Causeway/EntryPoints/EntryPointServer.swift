import Logging
import NIOCore
import NIOExtras
import NIOHTTP1
import NIOPosix

/// Settings of one entry point, resolved from static configuration.
public struct EntryPointSettings: Sendable {
    public var name: String
    public var host: String
    public var port: Int
    /// Closes keep-alive connections that carry no request for this long.
    public var idleTimeout: TimeAmount
    /// Closes connections whose request takes longer than this to read (zero: no limit).
    public var readTimeout: TimeAmount
    /// Time given to in-flight requests at shutdown.
    public var graceTimeout: TimeAmount
    public var forwarded: ForwardedHeadersPolicy

    public init(
        name: String, host: String, port: Int, idleTimeout: TimeAmount = .seconds(180), readTimeout: TimeAmount = .seconds(60),
        graceTimeout: TimeAmount = .seconds(10), forwarded: ForwardedHeadersPolicy
    ) {
        self.name = name
        self.host = host
        self.port = port
        self.idleTimeout = idleTimeout
        self.readTimeout = readTimeout
        self.graceTimeout = graceTimeout
        self.forwarded = forwarded
    }
}

/// The upstream connection pools of every event loop, made once at start-up. Each pool is only
/// touched on its own loop, which `NIOLoopBound` checks.
struct EventLoopPools: Sendable {
    private let pools: [ObjectIdentifier: NIOLoopBoundBox<UpstreamConnectionPool>]

    init(group: EventLoopGroup) {
        var pools: [ObjectIdentifier: NIOLoopBoundBox<UpstreamConnectionPool>] = [:]
        for loop in group.makeIterator() {
            pools[ObjectIdentifier(loop)] = .makeBoxSendingValue(UpstreamConnectionPool(eventLoop: loop), eventLoop: loop)
        }
        self.pools = pools
    }

    /// The pool of the loop the caller runs on.
    func pool(for loop: EventLoop) -> UpstreamConnectionPool {
        guard let bound = pools[ObjectIdentifier(loop)] else {
            preconditionFailure("event loop outside the gateway's group")
        }
        return bound.value
    }

    func closeAll() async {
        for bound in pools.values {
            try? await bound.eventLoop.submit { bound.value.closeAll() }.get()
        }
    }
}

/// A listening HTTP/1.1 socket: accepts connections and gives each a `ProxyHandler`.
final class EntryPointServer: Sendable {
    let settings: EntryPointSettings
    let channel: Channel
    private let quiesce: ServerQuiescingHelper

    var localAddress: SocketAddress? { channel.localAddress }

    private init(settings: EntryPointSettings, channel: Channel, quiesce: ServerQuiescingHelper) {
        self.settings = settings
        self.channel = channel
        self.quiesce = quiesce
    }

    static func bind(
        settings: EntryPointSettings,
        group: EventLoopGroup,
        pools: EventLoopPools,
        resolver: @escaping @Sendable () -> any RouteResolver,
        logger: Logger
    ) async throws -> EntryPointServer {
        let quiesce = ServerQuiescingHelper(group: group)
        let environment = ProxyEnvironment(
            entryPoint: settings.name,
            idleTimeout: settings.idleTimeout,
            readTimeout: settings.readTimeout,
            resolver: resolver,
            forwarded: settings.forwarded,
            isTLS: false,
            logger: logger
        )
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .serverChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(quiesce.makeServerChannelHandler(channel: channel))
                }
            }
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 16)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let sync = channel.pipeline.syncOperations
                    // ProxyHandler does pipelining, quiescing, idle timeouts and 400s itself: every
                    // handler in the pipeline costs each event a hop, on every request.
                    // Response headers come from the upstream's already-validated response or from
                    // this code, so the per-response validation pass is skipped.
                    try sync.configureHTTPServerPipeline(
                        withPipeliningAssistance: false, withErrorHandling: false, withOutboundHeaderValidation: false
                    )
                    try sync.addHandler(ProxyHandler(environment: environment, pool: pools.pool(for: channel.eventLoop)))
                }
            }
        let channel = try await bootstrap.bind(host: settings.host, port: settings.port).get()
        return EntryPointServer(settings: settings, channel: channel, quiesce: quiesce)
    }

    /// Stops accepting, lets every connection finish its current exchange, and waits at most
    /// the grace timeout for that.
    func shutdown() async {
        let promise = channel.eventLoop.makePromise(of: Void.self)
        quiesce.initiateShutdown(promise: promise)
        let deadline = channel.eventLoop.scheduleTask(in: settings.graceTimeout) {
            promise.fail(ChannelError.ioOnClosedChannel)
        }
        _ = try? await promise.futureResult.get()
        deadline.cancel()
    }
}
