// `map[string][]string` (http.Header, url.Values) in bulk: the host builds and reads these per
// request, so the generic per-entry accessors (a cast, a wrapper and a hash per call, the
// dictionary grown step by step) are too slow for them.
extension GoValue {
    /// A new `map[string][]string` holding `entries` (keys must be distinct).
    public static func stringListMap(_ entries: [(key: String, values: [String])]) -> GoValue {
        let m = MapVal()
        m.d.reserveCapacity(entries.count)
        for entry in entries {
            let values = entry.values.map { Value.str(Array($0.utf8)) }
            m.d[MapKey(v: .str(Array(entry.key.utf8)))] = .obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count))
        }
        return GoValue(.obj(m))
    }

    /// Calls `body` with each key and each string of its slice, in the map's order (nothing
    /// for a value that is not a map; non-string elements read as empty strings).
    public func forEachStringListEntry(_ body: (String, String) -> Void) {
        guard case .obj(let o) = raw, let m = o as? MapVal else { return }
        for (key, value) in m.d {
            guard case .str(let keyBytes) = key.v else { continue }
            let name = String(decoding: keyBytes, as: UTF8.self)
            guard case .obj(let so) = value, let slice = so as? SliceVal else { continue }
            for element in slice.elements {
                if case .str(let bytes) = element { body(name, String(decoding: bytes, as: UTF8.self)) } else { body(name, "") }
            }
        }
    }
}

/// Entries of a Go map the host keeps in its own form until Go code uses the map as a map
/// (index, range, len, assignment, printing…). Until then host methods may work on the host
/// form directly (`GoValue.lazyMapSource`) — a request's headers, say, which a plugin often
/// changes through a method or two and never reads in full, so they need not be converted
/// both ways on every request. Used only on the interpreter's thread.
public protocol GoLazyMapSource: AnyObject {
    /// The map's entries as a Go map value (called at most once; its entries are moved).
    func makeMap() -> GoValue
}

extension GoValue {
    /// A map whose entries `source` makes on first use.
    public static func lazyMap(_ source: any GoLazyMapSource) -> GoValue {
        GoValue(.obj(MapVal(lazy: source)))
    }

    /// The source of a lazy map not made yet; nil for any other value.
    public var lazyMapSource: (any GoLazyMapSource)? {
        guard case .obj(let o) = raw, let m = o as? MapVal else { return nil }
        return m.lazySource
    }
}
