import NIOHTTP1

/// Headers that describe one connection, not the message: a proxy must not forward them
/// (RFC 9110 §7.6.1), nor any header the `Connection` header names.
enum HopByHopHeaders {
    static let names: [String] = [
        "connection", "proxy-connection", "keep-alive", "proxy-authenticate",
        "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade",
    ]

    /// Removes hop-by-hop headers in place. `keepTrailersTE` keeps `TE: trailers`, which
    /// upstreams use to decide whether they may send trailers (as Go's reverse proxy does).
    static func strip(_ headers: inout HTTPHeaders, keepTrailersTE: Bool = false) {
        // Fast path: most messages carry none of them, and scanning is cheaper than removing.
        var present = false
        for (name, _) in headers where isHopByHop(name) {
            present = true
            break
        }
        guard present else { return }
        let connectionListed = headers[canonicalForm: "connection"]
        let wantsTrailers = keepTrailersTE && headers[canonicalForm: "te"].contains { $0.lowercased() == "trailers" }
        for token in connectionListed {
            headers.remove(name: String(token))
        }
        for name in names {
            headers.remove(name: name)
        }
        if wantsTrailers { headers.add(name: "TE", value: "trailers") }
    }

    @inline(__always)
    private static func isHopByHop(_ name: String) -> Bool {
        // Cheap first-byte screen before the case-insensitive comparison.
        guard let first = name.utf8.first else { return false }
        switch first | 0x20 {
        case UInt8(ascii: "c"), UInt8(ascii: "p"), UInt8(ascii: "k"), UInt8(ascii: "t"), UInt8(ascii: "u"):
            return names.contains { equalsIgnoringCase($0, name) }
        default:
            return false
        }
    }
}
