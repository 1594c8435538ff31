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

    /// A new Go header map holding `headers`.
    static func make(_ headers: HTTPHeaders) -> GoValue {
        let map = GoValue.map([])
        for (name, value) in headers {
            let key = GoValue.string(canonical(name))
            if let existing = map.mapLookup(key) {
                map.mapSet(key, .slice((existing.elements ?? []) + [.string(value)]))
            } else {
                map.mapSet(key, .strings([value]))
            }
        }
        return map
    }

    /// The headers in a Go header map (in the map's order, as Go's reverse proxy sends them).
    static func read(_ map: GoValue) -> HTTPHeaders {
        var headers = HTTPHeaders()
        for entry in map.mapEntries ?? [] {
            let name = entry.key.stringValue
            for value in entry.value.elements ?? [] { headers.add(name: name, value: value.stringValue) }
        }
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
