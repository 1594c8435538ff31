import GoInterpreter
import NIOHTTP1

/// `http.Header` is a Go `map[string][]string` keyed by canonical names; these helpers move
/// headers between it and NIO's `HTTPHeaders`.
enum HeaderMap {
    /// Go's `textproto.CanonicalMIMEHeaderKey`: `content-type` → `Content-Type`; keys with
    /// bytes outside the token set are returned unchanged.
    static func canonical(_ key: String) -> String {
        var bytes = Array(key.utf8)
        var upper = true
        for (i, byte) in bytes.enumerated() {
            guard isTokenByte(byte) else { return key }
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
        var grouped: [String: [String]] = [:]
        var order: [String] = []
        for (name, value) in headers {
            let key = canonical(name)
            if grouped[key] == nil { order.append(key) }
            grouped[key, default: []].append(value)
        }
        return .map(order.map { (GoValue.string($0), GoValue.strings(grouped[$0]!)) })
    }

    /// The headers in a Go header map (keys sorted, so the order is stable).
    static func read(_ map: GoValue) -> HTTPHeaders {
        var headers = HTTPHeaders()
        let entries = (map.mapEntries ?? []).map { ($0.key.stringValue, $0.value) }.sorted { $0.0 < $1.0 }
        for (name, values) in entries {
            for value in values.elements ?? [] { headers.add(name: name, value: value.stringValue) }
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
