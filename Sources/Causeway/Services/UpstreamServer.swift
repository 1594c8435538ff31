import NIOCore

/// One server of a load-balanced service, parsed once from its `url` when the runtime is built,
/// so the request path only reads ready values.
public struct UpstreamServer: Sendable, Hashable {
    public enum Scheme: String, Sendable { case http, https, h2c }

    public let url: String
    public let scheme: Scheme
    public let host: String
    public let port: Int
    /// `host:port` as sent in `Host` when `passHostHeader` is false (default ports omitted).
    public let hostHeader: String
    /// The URL's path, prefixed to the request path only with `preservePath`.
    public let pathPrefix: String
    public let weight: Int

    public init(url: String, weight: Int = 1, preservePath: Bool = false) throws {
        guard let colon = url.firstIndex(of: ":"), url[colon...].hasPrefix("://") else {
            throw UpstreamServerError.invalidURL(url, "missing scheme")
        }
        let schemeText = url[..<colon].lowercased()
        guard let scheme = Scheme(rawValue: schemeText) else {
            throw UpstreamServerError.invalidURL(url, "unsupported scheme \"\(schemeText)\"")
        }
        var rest = url[url.index(colon, offsetBy: 3)...]
        var path = ""
        if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) {
            path = String(rest[slash...])
            rest = rest[..<slash]
        }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        guard !rest.isEmpty else { throw UpstreamServerError.invalidURL(url, "missing host") }
        var host: Substring
        var portText: Substring? = nil
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else {
                throw UpstreamServerError.invalidURL(url, "missing ']' in IPv6 host")
            }
            host = rest[rest.index(after: rest.startIndex)..<close]
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":") { portText = after.dropFirst() } else if !after.isEmpty {
                throw UpstreamServerError.invalidURL(url, "unexpected \"\(after)\" after host")
            }
        } else if let colon = rest.lastIndex(of: ":") {
            host = rest[..<colon]
            portText = rest[rest.index(after: colon)...]
        } else {
            host = rest
        }
        guard !host.isEmpty else { throw UpstreamServerError.invalidURL(url, "missing host") }
        let defaultPort = scheme == .https ? 443 : 80
        var port = defaultPort
        if let portText {
            guard let parsed = Int(portText), (1...65535).contains(parsed) else {
                throw UpstreamServerError.invalidURL(url, "invalid port \"\(portText)\"")
            }
            port = parsed
        }
        if scheme == .https {
            // TLS towards upstreams needs swift-nio-ssl; refused clearly rather than sent in clear.
            throw UpstreamServerError.invalidURL(url, "https upstreams are not supported yet")
        }
        self.url = url
        self.scheme = scheme
        self.host = String(host)
        self.port = port
        let bracketed = host.contains(":") ? "[\(host)]" : String(host)
        self.hostHeader = port == defaultPort ? bracketed : "\(bracketed):\(port)"
        self.pathPrefix = preservePath ? String(path.split(separator: "?", maxSplits: 1).first ?? "") : ""
        self.weight = max(0, weight)
    }
}

public enum UpstreamServerError: Error, CustomStringConvertible, Equatable {
    case invalidURL(String, String)

    public var description: String {
        switch self {
        case .invalidURL(let url, let reason): return "invalid server URL \"\(url)\": \(reason)"
        }
    }
}
