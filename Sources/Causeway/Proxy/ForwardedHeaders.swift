import NIOCore
import NIOHTTP1

/// Sets the `X-Forwarded-*` and `X-Real-Ip` headers as Traefik does: incoming values survive
/// only from trusted clients (or with `insecure`); missing ones are filled in; the client address
/// is appended to `X-Forwarded-For`.
public struct ForwardedHeadersPolicy: Sendable {
    public var insecure: Bool
    /// Decides whether the peer address may send its own forwarding headers.
    public var isTrusted: @Sendable (String) -> Bool
    /// Value of `X-Forwarded-Server` (the gateway's host name).
    public var serverName: String

    public init(insecure: Bool = false, serverName: String, isTrusted: @escaping @Sendable (String) -> Bool = { _ in false }) {
        self.insecure = insecure
        self.isTrusted = isTrusted
        self.serverName = serverName
    }

    static let managedNames: [String] = [
        "X-Forwarded-Proto", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Port",
        "X-Forwarded-Server", "X-Forwarded-Uri", "X-Forwarded-Method", "X-Forwarded-Prefix",
        "X-Forwarded-Tls-Client-Cert", "X-Forwarded-Tls-Client-Cert-Info", "X-Real-Ip",
    ]

    /// Rewrites `headers` (already copied from the client request) in place.
    /// - Parameters:
    ///   - clientIP: the TCP peer's address without port, or `nil` when unknown (Unix sockets).
    ///   - isTLS: whether the client connection is TLS (chooses `http`/`https`, `ws`/`wss`).
    func apply(to headers: inout HTTPHeaders, clientIP: String?, isTLS: Bool) {
        let trusted = insecure || (clientIP.map(isTrusted) ?? false)
        if !trusted {
            for name in Self.managedNames where headers.contains(name: name) {
                headers.remove(name: name)
            }
        }
        let isWebSocket = headers[canonicalForm: "upgrade"].contains { $0.lowercased() == "websocket" }
        if !headers.contains(name: "X-Forwarded-Proto") {
            let proto = isWebSocket ? (isTLS ? "wss" : "ws") : (isTLS ? "https" : "http")
            headers.add(name: "X-Forwarded-Proto", value: proto)
        }
        let host = headers.first(name: "host") ?? ""
        if !headers.contains(name: "X-Forwarded-Host") {
            headers.add(name: "X-Forwarded-Host", value: host)
        }
        if !headers.contains(name: "X-Forwarded-Port") {
            headers.add(name: "X-Forwarded-Port", value: Self.port(ofHost: host) ?? (isTLS ? "443" : "80"))
        }
        if !headers.contains(name: "X-Forwarded-Server") {
            headers.add(name: "X-Forwarded-Server", value: serverName)
        }
        if let clientIP {
            if !headers.contains(name: "X-Real-Ip") {
                headers.add(name: "X-Real-Ip", value: clientIP)
            }
            let prior = headers[canonicalForm: "x-forwarded-for"]
            if prior.isEmpty {
                headers.add(name: "X-Forwarded-For", value: clientIP)
            } else {
                let joined = prior.joined(separator: ", ") + ", " + clientIP
                headers.replaceOrAdd(name: "X-Forwarded-For", value: joined)
            }
        }
    }

    /// The port written in a `Host` value, if any (`example.com:8080`, `[::1]:8080`).
    static func port(ofHost host: String) -> String? {
        guard let colon = host.lastIndex(of: ":") else { return nil }
        if let bracket = host.lastIndex(of: "]"), bracket > colon { return nil }
        let port = host[host.index(after: colon)...]
        return port.isEmpty ? nil : String(port)
    }
}

extension SocketAddress {
    /// The address without port, as used in `X-Real-Ip` and `ClientIP` matching.
    var ipString: String? {
        switch self {
        case .v4, .v6: return ipAddress
        case .unixDomainSocket: return nil
        }
    }
}
