/// The argument of a `Host` matcher, lower-cased once at compile time.
public enum HostPattern: Hashable, Sendable {
    /// `Host(`*`)`: every request, even one without a host.
    case any
    /// An exact host; a trailing dot on either side is tolerated.
    case exact(String)
    /// `*.example.com`: exactly one extra, non-empty label. Holds the suffix with its leading
    /// dot (`.example.com`) and without a trailing dot.
    case wildcard(suffix: String)

    init(_ argument: String) {
        let host = argument.lowercased()
        if host == "*" {
            self = .any
        } else if host.hasPrefix("*.") {
            self = .wildcard(suffix: String(HostPattern.droppingOneTrailingDot(host.dropFirst())))
        } else {
            self = .exact(host)
        }
    }

    func matches(_ requestHost: String) -> Bool {
        switch self {
        case .any: return true
        case .exact(let host): return Self.exactMatch(requestHost, host)
        case .wildcard(let suffix): return Self.wildcardMatch(requestHost, suffix: suffix)
        }
    }

    /// `suffix` is `.example.com`: the request host (one trailing dot tolerated) must be one
    /// non-empty label followed by the suffix.
    static func wildcardMatch(_ requestHost: String, suffix: String) -> Bool {
        let request = droppingOneTrailingDot(requestHost[...]).utf8
        let suffixBytes = suffix.utf8
        guard request.count > suffixBytes.count, request.reversed().starts(with: suffixBytes.reversed()) else {
            return false
        }
        let label = request.prefix(request.count - suffixBytes.count)
        return !label.contains(UInt8(ascii: "."))
    }

    /// Traefik's comparison: equal, or equal once a single trailing dot is dropped from one side.
    static func exactMatch(_ request: String, _ host: String) -> Bool {
        guard !request.isEmpty else { return false }
        if UTF8Bytes.equal(request, host) { return true }
        let requestBytes = request.utf8, hostBytes = host.utf8
        if hostBytes.last == UInt8(ascii: "."), hostBytes.dropLast().elementsEqual(requestBytes) { return true }
        if requestBytes.last == UInt8(ascii: "."), requestBytes.dropLast().elementsEqual(hostBytes) { return true }
        return false
    }

    static func droppingOneTrailingDot(_ text: Substring) -> Substring {
        text.utf8.last == UInt8(ascii: ".") ? text.dropLast() : text
    }
}
