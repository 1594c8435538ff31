// MARK: - Splitting and joining

extension GoStrings {
    /// Go's `genSplit`: n < 0 means all, n == 0 returns nil (here: empty), an empty separator
    /// splits after each UTF-8 sequence.
    static func genericSplit(_ s: [UInt8], _ sep: [UInt8], keepSeparator: Bool, _ n: Int) -> [[UInt8]] {
        if n == 0 { return [] }
        if sep.isEmpty { return explode(s, n) }
        var n = n
        if n < 0 { n = count(s, sep) + 1 }
        if n > s.count + 1 { n = s.count + 1 }
        var parts: [[UInt8]] = []
        parts.reserveCapacity(n)
        var start = 0
        s.withUnsafeBufferPointer { hay in
            sep.withUnsafeBufferPointer { needle in
                while parts.count < n - 1 {
                    let m = index(hay, needle, from: start)
                    if m < 0 { break }
                    parts.append(Array(hay[start..<(m + (keepSeparator ? needle.count : 0))]))
                    start = m + needle.count
                }
            }
        }
        parts.append(Array(s[start...]))
        return parts
    }

    /// One element per UTF-8 sequence (at most n); invalid bytes are sliced one by one
    /// (current Go; releases before 1.20 replaced them with "\u{FFFD}").
    static func explode(_ s: [UInt8], _ n: Int) -> [[UInt8]] {
        let l = GoUTF8.runeCount(s)
        let n = (n < 0 || n > l) ? l : n
        var parts: [[UInt8]] = []
        parts.reserveCapacity(n)
        var i = 0
        while parts.count < n - 1 {
            let size = GoUTF8.decodeRune(s, at: i).size
            parts.append(Array(s[i..<(i + size)]))
            i += size
        }
        if n > 0 { parts.append(Array(s[i...])) }
        return parts
    }

    public static func split(_ s: [UInt8], _ sep: [UInt8]) -> [[UInt8]] { genericSplit(s, sep, keepSeparator: false, -1) }
    public static func splitN(_ s: [UInt8], _ sep: [UInt8], _ n: Int) -> [[UInt8]] { genericSplit(s, sep, keepSeparator: false, n) }
    public static func splitAfter(_ s: [UInt8], _ sep: [UInt8]) -> [[UInt8]] { genericSplit(s, sep, keepSeparator: true, -1) }
    public static func splitAfterN(_ s: [UInt8], _ sep: [UInt8], _ n: Int) -> [[UInt8]] { genericSplit(s, sep, keepSeparator: true, n) }

    /// Splits around runs of white space (`unicode.IsSpace`).
    public static func fields(_ s: [UInt8]) -> [[UInt8]] { fieldsFunc(s, GoUnicode.isSpace) }

    /// Splits around runs of runes satisfying `f`.
    public static func fieldsFunc(_ s: [UInt8], _ f: (GoRune) -> Bool) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = -1
        forEachRune(s) { i, r, _ in
            if f(r) {
                if start >= 0 { parts.append(Array(s[start..<i])); start = -1 }
            } else if start < 0 {
                start = i
            }
            return true
        }
        if start >= 0 { parts.append(Array(s[start...])) }
        return parts
    }

    public static func join(_ elems: [[UInt8]], _ sep: [UInt8]) -> [UInt8] {
        guard let first = elems.first else { return [] }
        var out = first
        out.reserveCapacity(elems.reduce(0) { $0 + $1.count } + sep.count * (elems.count - 1))
        for e in elems.dropFirst() { out.append(contentsOf: sep); out.append(contentsOf: e) }
        return out
    }

    /// Go's `Cut`: the text before and after the first `sep`, and whether it was found.
    public static func cut(_ s: [UInt8], _ sep: [UInt8]) -> (before: [UInt8], after: [UInt8], found: Bool) {
        let i = index(s, sep)
        if i < 0 { return (s, [], false) }
        return (Array(s[..<i]), Array(s[(i + sep.count)...]), true)
    }

    public static func cutPrefix(_ s: [UInt8], _ prefix: [UInt8]) -> ([UInt8], Bool) {
        hasPrefix(s, prefix) ? (Array(s[prefix.count...]), true) : (s, false)
    }

    public static func cutSuffix(_ s: [UInt8], _ suffix: [UInt8]) -> ([UInt8], Bool) {
        hasSuffix(s, suffix) ? (Array(s[..<(s.count - suffix.count)]), true) : (s, false)
    }
}
