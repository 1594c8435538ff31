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

    /// A Go header map holding `headers` (all but `skipping`) that stays in NIO's form until
    /// Go code uses it as a map: `Get`/`Set`/`Add`/`Del` work on the NIO headers and reading
    /// it back costs nothing, so a plugin that only sets a header or two pays no conversion.
    static func lazy(_ headers: HTTPHeaders, skipping: String) -> GoValue {
        var headers = headers
        headers.remove(name: skipping)
        return .lazyMap(LazyHeaders(headers))
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
        if let lazy = map.lazyMapSource as? LazyHeaders { return lazy.headers }
        var headers = HTTPHeaders()
        map.forEachStringListEntry { headers.add(name: $0, value: $1) }
        return headers
    }

    static func values(_ map: GoValue, _ key: String) -> [GoValue] {
        map.mapLookup(.string(key))?.elements ?? []
    }

    static func get(_ map: GoValue, _ key: String) -> String {
        let key = canonical(key)
        if let lazy = lazyHeaders(map, key) { return lazy.headers.first(name: key) ?? "" }
        return values(map, key).first?.stringValue ?? ""
    }

    static func set(_ map: GoValue, _ key: String, _ value: String) {
        let key = canonical(key)
        if let lazy = lazyHeaders(map, key) { return lazy.headers.replaceOrAdd(name: key, value: value) }
        map.mapSet(.string(key), .strings([value]))
    }

    static func add(_ map: GoValue, _ key: String, _ value: String) {
        let key = canonical(key)
        if let lazy = lazyHeaders(map, key) { return lazy.headers.add(name: key, value: value) }
        map.mapSet(.string(key), .slice(values(map, key) + [.string(value)]))
    }

    static func delete(_ map: GoValue, _ key: String) {
        let key = canonical(key)
        if let lazy = lazyHeaders(map, key) { return lazy.headers.remove(name: key) }
        map.mapDelete(.string(key))
    }

    static func copy(_ map: GoValue) -> GoValue {
        if let lazy = map.lazyMapSource as? LazyHeaders { return .lazyMap(LazyHeaders(lazy.headers)) }
        return .map((map.mapEntries ?? []).map { ($0.key, GoValue.slice($0.value.elements ?? [])) })
    }

    /// The NIO form of `map` when it is still lazy and `key` (canonical) can be looked up
    /// there: NIO compares names ignoring case, which matches Go's canonical keys only for
    /// token names (Go keeps other keys as written), so those take the map path.
    private static func lazyHeaders(_ map: GoValue, _ key: String) -> LazyHeaders? {
        guard let lazy = map.lazyMapSource as? LazyHeaders, key.utf8.allSatisfy(isTokenByte) else { return nil }
        return lazy
    }
}

/// A request's headers before plugin code uses `req.Header` as a map (`HeaderMap.lazy`).
final class LazyHeaders: GoLazyMapSource {
    var headers: HTTPHeaders
    init(_ headers: HTTPHeaders) { self.headers = headers }
    func makeMap() -> GoValue { HeaderMap.make(headers) }
}
