import NIOCore
import NIOHTTP1

/// Sets the `X-Forwarded-*` and `X-Real-Ip` headers as Traefik does: incoming values survive
/// only from trusted clients (or with `insecure`); missing ones are filled in; the client address
/// is appended to `X-Forwarded-For` when the request goes upstream.
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

    /// Which forwarding-related headers a request already carries, found in one pass.
    private struct Present {
        var managed = false
        var proto = false, host = false, port = false, server = false, realIP = false
        var hostValue = ""
        var webSocket = false

        init(_ headers: HTTPHeaders) {
            for (name, value) in headers {
                let count = name.utf8.count
                guard let first = name.utf8.first else { continue }
                switch first | 0x20 {
                case UInt8(ascii: "x"):
                    guard count >= 9, ForwardedHeadersPolicy.managedNames.contains(where: { equalsIgnoringCase($0, name) }) else { continue }
                    managed = true
                    if equalsIgnoringCase("X-Forwarded-Proto", name) { proto = true }
                    else if equalsIgnoringCase("X-Forwarded-Host", name) { host = true }
                    else if equalsIgnoringCase("X-Forwarded-Port", name) { port = true }
                    else if equalsIgnoringCase("X-Forwarded-Server", name) { server = true }
                    else if equalsIgnoringCase("X-Real-Ip", name) { realIP = true }
                case UInt8(ascii: "h") where count == 4 && equalsIgnoringCase("host", name):
                    if hostValue.isEmpty { hostValue = value }
                case UInt8(ascii: "u") where count == 7 && equalsIgnoringCase("upgrade", name):
                    webSocket = webSocket || equalsIgnoringCase("websocket", value)
                default:
                    continue
                }
            }
        }
    }

    /// Rewrites `headers` (already copied from the client request) in place.
    /// - Parameters:
    ///   - clientIP: the TCP peer's address without port, or `nil` when unknown (Unix sockets).
    ///   - isTLS: whether the client connection is TLS (chooses `http`/`https`, `ws`/`wss`).
    func apply(to headers: inout HTTPHeaders, clientIP: String?, isTLS: Bool) {
        var present = Present(headers)
        let trusted = insecure || (clientIP.map(isTrusted) ?? false)
        if !trusted && present.managed {
            for name in Self.managedNames { headers.remove(name: name) }
            let hostValue = present.hostValue
            let webSocket = present.webSocket
            present = Present(HTTPHeaders())
            present.hostValue = hostValue
            present.webSocket = webSocket
        }
        if !present.proto {
            let proto = present.webSocket ? (isTLS ? "wss" : "ws") : (isTLS ? "https" : "http")
            headers.add(name: "X-Forwarded-Proto", value: proto)
        }
        if !present.host {
            headers.add(name: "X-Forwarded-Host", value: present.hostValue)
        }
        if !present.port {
            headers.add(name: "X-Forwarded-Port", value: Self.port(ofHost: present.hostValue) ?? (isTLS ? "443" : "80"))
        }
        if !present.server {
            headers.add(name: "X-Forwarded-Server", value: serverName)
        }
        if let clientIP, !present.realIP {
            headers.add(name: "X-Real-Ip", value: clientIP)
        }
    }

    /// Appends the client to `X-Forwarded-For` as the request leaves for the upstream (Go's
    /// reverse proxy does this after the middlewares, so plugins see the header without it).
    static func appendForwardedFor(to headers: inout HTTPHeaders, clientIP: String?) {
        guard let clientIP else { return }
        let existing = headers["X-Forwarded-For"]
        if existing.isEmpty {
            headers.add(name: "X-Forwarded-For", value: clientIP)
        } else {
            headers.replaceOrAdd(name: "X-Forwarded-For", value: existing.joined(separator: ", ") + ", " + clientIP)
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

/// ASCII case-insensitive equality without allocating (header names are ASCII).
@inline(__always)
func equalsIgnoringCase(_ lhs: String, _ rhs: String) -> Bool {
    var lhs = lhs, rhs = rhs
    return lhs.withUTF8 { a in
        rhs.withUTF8 { b in
            guard a.count == b.count else { return false }
            for i in 0..<a.count where a[i] != b[i] {
                let x = a[i] | 0x20
                guard x == b[i] | 0x20, x >= UInt8(ascii: "a"), x <= UInt8(ascii: "z") else { return false }
            }
            return true
        }
    }
}
