import Logging
import NIOCore
import NIOPosix

/// The running gateway: entry points bound to sockets, the event loops, the upstream pools and
/// the snapshot every request reads. Configuration changes arrive as whole new snapshots.
public actor Gateway {
    public let group: MultiThreadedEventLoopGroup
    private let pools: EventLoopPools
    private let store: SnapshotStore<any RouteResolver>
    private let logger: Logger
    private var servers: [String: EntryPointServer] = [:]

    public init(initialResolver: any RouteResolver, threads: Int = System.coreCount, logger: Logger) {
        self.group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, threads))
        self.pools = EventLoopPools(group: group)
        self.store = SnapshotStore(initialResolver)
        self.logger = logger
    }

    /// Binds every entry point; fails (and binds none) if one address cannot be bound.
    public func start(entryPoints: [EntryPointSettings]) async throws {
        let store = self.store
        for settings in entryPoints {
            do {
                servers[settings.name] = try await EntryPointServer.bind(
                    settings: settings, group: group, pools: pools, resolver: { store.current }, logger: logger
                )
                logger.info("entry point listening", metadata: ["entryPoint": "\(settings.name)", "address": "\(settings.host):\(settings.port)"])
            } catch {
                for server in servers.values { try? await server.channel.close() }
                servers.removeAll()
                throw GatewayError.bindFailed(entryPoint: settings.name, address: "\(settings.host):\(settings.port)", reason: "\(error)")
            }
        }
    }

    /// The address an entry point actually listens on (useful with port 0).
    public func localAddress(of entryPoint: String) -> SocketAddress? {
        servers[entryPoint]?.localAddress
    }

    /// Atomically replaces the routing state used by new requests.
    public func apply(_ resolver: any RouteResolver) {
        store.replace(with: resolver)
    }

    /// Stops accepting, lets in-flight exchanges finish within each entry point's grace period,
    /// then releases every socket and thread.
    public func shutdown() async {
        await withTaskGroup(of: Void.self) { group in
            for server in servers.values {
                group.addTask { await server.shutdown() }
            }
        }
        servers.removeAll()
        await pools.closeAll()
        try? await group.shutdownGracefully()
    }
}

public enum GatewayError: Error, CustomStringConvertible {
    case bindFailed(entryPoint: String, address: String, reason: String)

    public var description: String {
        switch self {
        case .bindFailed(let entryPoint, let address, let reason):
            return "entry point \"\(entryPoint)\": cannot listen on \(address): \(reason)"
        }
    }
}
