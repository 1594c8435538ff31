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
