import NIOCore
import NIOHTTP1
import NIOPosix

/// Keep-alive connections to upstream servers, one pool per event loop: a client connection and
/// the upstream connections that serve it share a thread, so bytes move without hops or locks.
final class UpstreamConnectionPool {
    let eventLoop: EventLoop
    private var idle: [UpstreamKey: [UpstreamConnection]] = [:]
    private var closed = false

    init(eventLoop: EventLoop) {
        self.eventLoop = eventLoop
    }

    /// Hands `completion` a connection for `target` on this loop: the most recently parked idle
    /// one if any (the least likely to have been closed by the upstream), else a new one.
    func acquire(
        _ target: UpstreamTarget,
        completion: @escaping (Result<(connection: UpstreamConnection, reused: Bool), Error>) -> Void
    ) {
        eventLoop.assertInEventLoop()
        let key = UpstreamKey(host: target.server.host, port: target.server.port, transport: target.transport.name)
        while var list = idle[key], let connection = list.popLast() {
            idle[key] = list.isEmpty ? nil : list
            connection.idleTimer?.cancel()
            connection.idleTimer = nil
            connection.handler.onIdleClose = nil
            if connection.isUsable {
                completion(.success((connection, true)))
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
        guard !closed, connection.isUsable, transport.maxIdleConnsPerHost > 0 else {
            connection.channel.close(promise: nil)
            return
        }
        var list = idle[connection.key] ?? []
        guard list.count < transport.maxIdleConnsPerHost else {
            connection.channel.close(promise: nil)
            return
        }
        list.append(connection)
        idle[connection.key] = list
        connection.handler.onIdleClose = { [weak self, weak connection] in
            guard let self, let connection else { return }
            self.forget(connection)
        }
        connection.idleTimer = eventLoop.assumeIsolated().scheduleTask(in: transport.idleConnTimeout) { [weak self, weak connection] in
            guard let self, let connection else { return }
            self.forget(connection)
            connection.channel.close(promise: nil)
        }
    }

    /// Closes every idle connection and refuses to park new ones (shutdown).
    func closeAll() {
        eventLoop.assertInEventLoop()
        closed = true
        for connection in idle.values.joined() {
            connection.idleTimer?.cancel()
            connection.channel.close(promise: nil)
        }
        idle.removeAll()
    }

    var idleCount: Int { idle.values.reduce(0) { $0 + $1.count } }

    private func forget(_ connection: UpstreamConnection) {
        guard var list = idle[connection.key], let index = list.firstIndex(where: { $0 === connection }) else { return }
        list.remove(at: index)
        idle[connection.key] = list.isEmpty ? nil : list
    }

    private func connect(
        key: UpstreamKey,
        target: UpstreamTarget,
        completion: @escaping (Result<(connection: UpstreamConnection, reused: Bool), Error>) -> Void
    ) {
        let bootstrap = ClientBootstrap(group: eventLoop)
            .connectTimeout(target.transport.dialTimeout)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
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
                            return (UpstreamConnection(channel: channel, key: key, handler: handler), false)
                        }
                    }
                )
            }
    }
}
