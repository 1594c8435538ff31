/// Query-string lookups with Go's `url.ParseQuery` rules, done by scanning the raw query so a
/// request pays nothing unless a Query matcher runs.
///
/// Pairs are separated by `&`; a pair containing `;` is dropped (Go rejects it); key and value
/// are split at the first `=` and unescaped (`+` is a space); a pair that fails to unescape is
/// dropped.
enum QueryString {
    /// True when some value of `key` satisfies `predicate`.
    static func containsValue(in rawQuery: Substring, forKey key: String, where predicate: (String) -> Bool) -> Bool {
        var remaining = rawQuery.utf8[...]
        while !remaining.isEmpty {
            let pairEnd = remaining.firstIndex(of: UInt8(ascii: "&")) ?? remaining.endIndex
            let pair = remaining[remaining.startIndex..<pairEnd]
            remaining = pairEnd == remaining.endIndex ? remaining[pairEnd...] : remaining[remaining.index(after: pairEnd)...]
            guard !pair.isEmpty, !pair.contains(UInt8(ascii: ";")) else { continue }
            let equals = pair.firstIndex(of: UInt8(ascii: "="))
            let rawKey = pair[pair.startIndex..<(equals ?? pair.endIndex)]
            let rawValue = equals.map { pair[pair.index(after: $0)...] } ?? pair[pair.endIndex...]
            guard keyMatches(rawKey, key) else { continue }
            guard let decodedValue = unescape(rawValue) else { continue }
            if predicate(decodedValue) { return true }
        }
        return false
    }

    /// Compares without allocating when the raw key has nothing to unescape.
    private static func keyMatches(_ rawKey: Substring.UTF8View.SubSequence, _ key: String) -> Bool {
        if !rawKey.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) {
            return rawKey.elementsEqual(key.utf8)
        }
        guard let decoded = unescape(rawKey) else { return false }
        return decoded.utf8.elementsEqual(key.utf8)
    }

    /// Go's `QueryUnescape`; nil for a malformed escape.
    static func unescape(_ raw: Substring.UTF8View.SubSequence) -> String? {
        guard raw.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") }) else {
            return String(Substring(raw))
        }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index != raw.endIndex {
            let byte = raw[index]
            switch byte {
            case UInt8(ascii: "+"):
                output.append(UInt8(ascii: " "))
                index = raw.index(after: index)
            case UInt8(ascii: "%"):
                let first = raw.index(after: index)
                guard first != raw.endIndex, raw.index(after: first) != raw.endIndex,
                      let high = RoutingPath.hexValue(raw[first]),
                      let low = RoutingPath.hexValue(raw[raw.index(after: first)])
                else { return nil }
                output.append(high << 4 | low)
                index = raw.index(first, offsetBy: 2)
            default:
                output.append(byte)
                index = raw.index(after: index)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
