import NIOCore
import NIOHTTP1
import NIOPosix

/// A connection handed to an exchange. A struct rather than a tuple: tuple types in generic
/// positions (`Result<(…), Error>`) make the runtime look their metadata up on every request.
struct LeasedConnection {
    let connection: UpstreamConnection
    /// It served an earlier exchange (and may have been closed by the upstream meanwhile).
    let reused: Bool
}

/// Keep-alive connections to upstream servers, one pool per event loop: a client connection and
/// the upstream connections that serve it share a thread, so bytes move without hops or locks.
final class UpstreamConnectionPool {
    let eventLoop: EventLoop
    private var idle: [UpstreamKey: [UpstreamConnection]] = [:]
    private var closed = false
    /// Closes connections idle longer than their transport allows. One repeating task per pool
    /// instead of a timer per parked connection, which would cost a schedule and a cancel per
    /// request.
    private var sweeper: Scheduled<Void>?
    static let sweepInterval = TimeAmount.seconds(1)

    /// Flushes of this loop's connections, client and upstream, batched per tick.
    let flusher: FlushBatcher

    init(eventLoop: EventLoop) {
        self.eventLoop = eventLoop
        flusher = FlushBatcher(loop: eventLoop)
    }

    /// Hands `completion` a connection for `target` on this loop: the most recently parked idle
    /// one if any (the least likely to have been closed by the upstream), else a new one.
    func acquire(
        _ target: UpstreamTarget,
        completion: @escaping (Result<LeasedConnection, Error>) -> Void
    ) {
        eventLoop.assertInEventLoop()
        let key = UpstreamKey(host: target.server.host, port: target.server.port, transport: target.transport.name)
        while let connection = idle[key]?.popLast() {
            if connection.isUsable {
                completion(.success(LeasedConnection(connection: connection, reused: true)))
                return
            }
            connection.channel.close(promise: nil)
        }
        connect(key: key, target: target, completion: completion)
    }

    /// Parks a connection whose exchange finished cleanly, or closes it when it cannot be reused.
    func release(_ connection: UpstreamConnection, transport: TransportSettings) {
        eventLoop.assertInEventLoop()
        connection.handler.sink = nil
        guard !closed, connection.isUsable, transport.maxIdleConnsPerHost > 0,
              (idle[connection.key]?.count ?? 0) < transport.maxIdleConnsPerHost else {
            connection.channel.close(promise: nil)
            return
        }
        connection.parkedAt = .now()
        connection.idleTimeout = transport.idleConnTimeout
        idle[connection.key, default: []].append(connection)
        if sweeper == nil { startSweeping() }
    }

    /// Closes every idle connection and refuses to park new ones (shutdown).
    func closeAll() {
        eventLoop.assertInEventLoop()
        closed = true
        sweeper?.cancel()
        sweeper = nil
        for connection in idle.values.joined() {
            connection.channel.close(promise: nil)
        }
        idle.removeAll()
    }

    /// Sweeps every `sweepInterval` while anything is parked; stops when the pool is empty.
    private func startSweeping() {
        sweeper = eventLoop.assumeIsolated().scheduleTask(in: Self.sweepInterval) { [self] in
            sweep(now: .now())
            sweeper = nil
            if !idle.isEmpty && !closed { startSweeping() }
        }
    }

    func sweep(now: NIODeadline) {
        for key in Array(idle.keys) {
            idle[key]?.removeAll { connection in
                let expired = now - connection.parkedAt >= connection.idleTimeout
                if expired || !connection.isUsable {
                    connection.channel.close(promise: nil)
                    return true
                }
                return false
            }
            if idle[key]?.isEmpty == true { idle[key] = nil }
        }
    }

    private func connect(
        key: UpstreamKey,
        target: UpstreamTarget,
        completion: @escaping (Result<LeasedConnection, Error>) -> Void
    ) {
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(target.transport.dialTimeout)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            // Large bodies arrive in fewer, bigger reads (NIO's default stops growing at 64 KiB).
            .channelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 1024, initial: 16384, maximum: 262_144))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // The proxy sets framing headers itself: it knows how the client framed the body.
                    var encoderConfiguration = HTTPRequestEncoder.Configuration()
                    encoderConfiguration.automaticallySetFramingHeaders = false
                    let sync = channel.pipeline.syncOperations
                    try sync.addHandler(HTTPRequestEncoder(configuration: encoderConfiguration))
                    try sync.addHandler(
                        ByteToMessageHandler(
                            HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes, informationalResponseStrategy: .forward)
                        )
                    )
                    try sync.addHandler(UpstreamResponseHandler())
                }
            }
        bootstrap.connect(host: target.server.host, port: target.server.port)
            .hop(to: eventLoop)
            .assumeIsolated()
            .whenComplete { result in
                completion(
                    result.flatMap { channel in
                        Result {
                            let handler = try channel.pipeline.syncOperations.handler(type: UpstreamResponseHandler.self)
                            return LeasedConnection(connection: UpstreamConnection(channel: channel, key: key, handler: handler), reused: false)
                        }
                    }
                )
            }
    }
}
