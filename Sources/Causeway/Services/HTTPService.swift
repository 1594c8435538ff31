import NIOCore

/// Forwarding settings of a servers transport, resolved to NIO time amounts when the runtime
/// is built (`http.serversTransports.<name>` or the static default transport).
public struct TransportSettings: Sendable, Hashable {
    /// Identifies the transport in pool keys: connections made under different settings are
    /// never shared.
    public var name: String
    public var dialTimeout: TimeAmount
    /// `nil`: wait for the response head as long as the connection lives (Traefik's 0).
    public var responseHeaderTimeout: TimeAmount?
    public var idleConnTimeout: TimeAmount
    /// Idle keep-alive connections kept per upstream server and event loop; 0 disables reuse.
    public var maxIdleConnsPerHost: Int

    public init(
        name: String = "default@internal",
        dialTimeout: TimeAmount = .seconds(30),
        responseHeaderTimeout: TimeAmount? = nil,
        idleConnTimeout: TimeAmount = .seconds(90),
        maxIdleConnsPerHost: Int = 200
    ) {
        self.name = name
        self.dialTimeout = dialTimeout
        self.responseHeaderTimeout = responseHeaderTimeout
        self.idleConnTimeout = idleConnTimeout
        self.maxIdleConnsPerHost = maxIdleConnsPerHost
    }
}

/// What the proxy needs once a service has chosen where a request goes.
public struct UpstreamTarget: Sendable {
    public let server: UpstreamServer
    public let passHostHeader: Bool
    public let transport: TransportSettings
}

/// A runtime HTTP service: a load balancer over servers, or a weighted set of child services.
/// Immutable once built; only the round-robin cursors move.
public final class HTTPService: Sendable {
    public enum Kind: Sendable {
        case loadBalancer(WeightedRoundRobin<UpstreamServer>, passHostHeader: Bool, transport: TransportSettings)
        case weighted(WeightedRoundRobin<HTTPService>)
        /// Traefik's `noop@internal`: answers an empty 200 (for routers whose middlewares answer).
        case noop
    }

    /// `noop@internal`.
    public static let noop = HTTPService(name: "noop@internal", kind: .noop)

    public var isNoop: Bool {
        if case .noop = kind { return true }
        return false
    }

    public let name: String
    public let kind: Kind

    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }

    /// Picks the upstream for one request; `nil` when no server is available (→ 503).
    public func pickTarget() -> UpstreamTarget? {
        switch kind {
        case .loadBalancer(let servers, let passHostHeader, let transport):
            guard let server = servers.next() else { return nil }
            return UpstreamTarget(server: server, passHostHeader: passHostHeader, transport: transport)
        case .weighted(let children):
            return children.next()?.pickTarget()
        case .noop:
            return nil
        }
    }
}
