import GoInterpreter
import NIOHTTP1

/// `http.Header` is a Go `map[string][]string` keyed by canonical names; these helpers move
/// headers between it and NIO's `HTTPHeaders`.
enum HeaderMap {
    /// Go's `textproto.CanonicalMIMEHeaderKey`: `content-type` → `Content-Type`; keys with
    /// bytes outside the token set are returned unchanged.
    static func canonical(_ key: String) -> String {
        // Most names arrive canonical already: check first, allocate only to fix one.
        var upper = true
        var needsChange = false
        for byte in key.utf8 {
            guard isTokenByte(byte) else { return key }
            if upper ? (byte >= 0x61 && byte <= 0x7A) : (byte >= 0x41 && byte <= 0x5A) { needsChange = true }
            upper = byte == 0x2D
        }
        guard needsChange else { return key }
        var bytes = Array(key.utf8)
        upper = true
        for (i, byte) in bytes.enumerated() {
            if upper, byte >= 0x61, byte <= 0x7A { bytes[i] = byte - 32 }
            else if !upper, byte >= 0x41, byte <= 0x5A { bytes[i] = byte + 32 }
            upper = byte == 0x2D
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return "!#$%&'*+-.^_`|~".utf8.contains(byte)
        }
    }

    /// A new Go header map holding `headers` (all but `skipping`, a canonical name).
    static func make(_ headers: HTTPHeaders, skipping: String? = nil) -> GoValue {
        // Grouped by canonical name first, then the Go map is built in one go. Requests carry
        // few headers, where a linear search beats hashing; past a handful an index keeps a
        // request with thousands of headers from costing quadratic time.
        var entries: [(key: String, values: [String])] = []
        entries.reserveCapacity(headers.count)
        var index: [String: Int]? = headers.count > 16 ? [:] : nil
        for (name, value) in headers {
            let key = canonical(name)
            if key == skipping { continue }
            let existing = index.map { $0[key] } ?? entries.firstIndex { $0.key == key }
            if let i = existing {
                entries[i].values.append(value)
            } else {
                index?[key] = entries.count
                entries.append((key, [value]))
            }
        }
        return .stringListMap(entries)
    }

    /// The headers in a Go header map (in the map's order, as Go's reverse proxy sends them).
    static func read(_ map: GoValue) -> HTTPHeaders {
        var headers = HTTPHeaders()
        map.forEachStringListEntry { headers.add(name: $0, value: $1) }
        return headers
    }

    static func values(_ map: GoValue, _ key: String) -> [GoValue] {
        map.mapLookup(.string(key))?.elements ?? []
    }

    static func get(_ map: GoValue, _ key: String) -> String {
        values(map, canonical(key)).first?.stringValue ?? ""
    }

    static func set(_ map: GoValue, _ key: String, _ value: String) {
        map.mapSet(.string(canonical(key)), .strings([value]))
    }

    static func add(_ map: GoValue, _ key: String, _ value: String) {
        let key = canonical(key)
        map.mapSet(.string(key), .slice(values(map, key) + [.string(value)]))
    }

    static func copy(_ map: GoValue) -> GoValue {
        .map((map.mapEntries ?? []).map { ($0.key, GoValue.slice($0.value.elements ?? [])) })
    }
}
