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
    ///
    /// One scan finds what is present; only those names are removed, so a message carrying
    /// just `Connection: keep-alive` costs two removals rather than one per listed name.
    static func strip(_ headers: inout HTTPHeaders, keepTrailersTE: Bool = false) {
        var doomed: [String] = []
        var wantsTrailers = false
        for (name, value) in headers where isHopByHop(name) {
            doomed.append(name)
            if equalsIgnoringCase("connection", name) {
                for token in value.split(separator: ",") {
                    let trimmed = token.trimmingSpaces
                    if !trimmed.isEmpty { doomed.append(String(trimmed)) }
                }
            } else if keepTrailersTE && equalsIgnoringCase("te", name) {
                wantsTrailers = wantsTrailers || value.split(separator: ",").contains { equalsIgnoringCase("trailers", String($0.trimmingSpaces)) }
            }
        }
        guard !doomed.isEmpty else { return }
        for name in doomed {
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

extension Substring {
    /// Without leading and trailing spaces and tabs (header list items).
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
