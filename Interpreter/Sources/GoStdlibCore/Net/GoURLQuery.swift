/// Query strings as net/url reads and writes them (`ParseQuery`, `Values.Encode`).
public enum GoURLQuery {
    /// `ParseQuery`: the key/value pairs of `query` in order, and the first error met, if any.
    /// Pairs that fail to decode are skipped (Go keeps going); a ';' makes the pair invalid.
    public static func parse(_ query: [UInt8]) -> (pairs: [(key: [UInt8], value: [UInt8])], error: GoURLError?) {
        var pairs: [(key: [UInt8], value: [UInt8])] = []
        var error: GoURLError? = nil
        for part in query.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if part.contains(UInt8(ascii: ";")) {
                // Go overwrites the error here rather than keeping the first one.
                error = .message("invalid semicolon separator in query")
                continue
            }
            let equals = part.firstIndex(of: UInt8(ascii: "="))
            let rawKey = Array(equals.map { part[..<$0] } ?? part)
            let rawValue = equals.map { Array(part[($0 + 1)...]) } ?? []
            do {
                let key = try GoURLEscaping.queryUnescape(rawKey)
                let value = try GoURLEscaping.queryUnescape(rawValue)
                pairs.append((key, value))
            } catch let failure {
                if error == nil { error = failure }
            }
        }
        return (pairs, error)
    }

    /// `Values.Encode`: `k=v` pairs sorted by key (values in their order), query-escaped.
    public static func encode(_ values: [(key: [UInt8], values: [[UInt8]])]) -> [UInt8] {
        var out: [UInt8] = []
        for entry in values.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let key = GoURLEscaping.queryEscape(entry.key)
            for value in entry.values {
                if !out.isEmpty { out.append(UInt8(ascii: "&")) }
                out += key
                out.append(UInt8(ascii: "="))
                out += GoURLEscaping.queryEscape(value)
            }
        }
        return out
    }
}
