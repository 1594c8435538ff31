/// Go's `strings`/`bytes` algorithms over UTF-8 bytes. Positions are byte offsets and invalid
/// UTF-8 reads as U+FFFD of width 1, exactly as Go's `for range` over a string.
public enum GoStrings {}

// MARK: - Searching

extension GoStrings {
    public static func indexByte(_ s: [UInt8], _ c: UInt8) -> Int { s.firstIndex(of: c) ?? -1 }

    public static func lastIndexByte(_ s: [UInt8], _ c: UInt8) -> Int { s.lastIndex(of: c) ?? -1 }

    /// First index of `sep` in `s`, or -1. Scans for the first byte and compares; when that
    /// produces many false candidates it switches to Rabin–Karp, so the worst case stays linear.
    public static func index(_ s: [UInt8], _ sep: [UInt8]) -> Int {
        let n = sep.count
        if n == 0 { return 0 }
        if n == 1 { return indexByte(s, sep[0]) }
        if n > s.count { return -1 }
        return s.withUnsafeBufferPointer { hay in
            sep.withUnsafeBufferPointer { needle in
                index(hay, needle, from: 0)
            }
        }
    }

    static func index(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = needle.count, last = hay.count - n
        if n == 0 { return start <= hay.count ? start : -1 }
        if last < start { return -1 }
        let first = needle[0]
        var i = start
        var falseCandidates = 0
        while i <= last {
            if hay[i] != first {
                i += 1
                continue
            }
            var j = 1
            while j < n && hay[i + j] == needle[j] { j += 1 }
            if j == n { return i }
            falseCandidates += 1
            // Too many partial matches: fall back to rolling hashes for the rest.
            if falseCandidates > 4 + (i - start) / 16 { return rabinKarp(hay, needle, from: i + 1) }
            i += 1
        }
        return -1
    }

    static let primeRK: UInt32 = 16777619

    static func rabinKarp(_ hay: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let n = needle.count
        if hay.count - start < n { return -1 }
        var target: UInt32 = 0, pow: UInt32 = 1
        for b in needle { target = target &* primeRK &+ UInt32(b) }
        for _ in 0..<n { pow = pow &* primeRK }
        var h: UInt32 = 0
        for k in start..<(start + n) { h = h &* primeRK &+ UInt32(hay[k]) }
        var i = start
        while true {
            if h == target && memEqual(hay, i, needle) { return i }
            if i + n >= hay.count { return -1 }
            h = h &* primeRK &+ UInt32(hay[i + n]) &- pow &* UInt32(hay[i])
            i += 1
        }
    }

    @inline(__always)
    static func memEqual(_ hay: UnsafeBufferPointer<UInt8>, _ at: Int, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        for k in 0..<needle.count where hay[at + k] != needle[k] { return false }
        return true
    }

    /// Last index of `sep` in `s`, or -1 (`len(s)` for an empty separator).
    public static func lastIndex(_ s: [UInt8], _ sep: [UInt8]) -> Int {
        let n = sep.count
        if n == 0 { return s.count }
        if n == 1 { return lastIndexByte(s, sep[0]) }
        if n > s.count { return -1 }
        return s.withUnsafeBufferPointer { hay in
            sep.withUnsafeBufferPointer { needle in
                // Rolling hash from the end.
                var target: UInt32 = 0, pow: UInt32 = 1
                for b in needle.reversed() { target = target &* primeRK &+ UInt32(b) }
                for _ in 0..<n { pow = pow &* primeRK }
                var h: UInt32 = 0
                var i = hay.count - n
                for k in stride(from: hay.count - 1, through: i, by: -1) { h = h &* primeRK &+ UInt32(hay[k]) }
                while true {
                    if h == target && memEqual(hay, i, needle) { return i }
                    if i == 0 { return -1 }
                    i -= 1
                    h = h &* primeRK &+ UInt32(hay[i]) &- pow &* UInt32(hay[i + n])
                }
            }
        }
    }

    public static func contains(_ s: [UInt8], _ sep: [UInt8]) -> Bool { index(s, sep) >= 0 }

    public static func hasPrefix(_ s: [UInt8], _ prefix: [UInt8]) -> Bool {
        s.count >= prefix.count && s[..<prefix.count].elementsEqual(prefix)
    }

    public static func hasSuffix(_ s: [UInt8], _ suffix: [UInt8]) -> Bool {
        s.count >= suffix.count && s[(s.count - suffix.count)...].elementsEqual(suffix)
    }

    /// Number of non-overlapping instances of `sep`; an empty separator counts runes + 1.
    public static func count(_ s: [UInt8], _ sep: [UInt8]) -> Int {
        if sep.isEmpty { return GoUTF8.runeCount(s) + 1 }
        if sep.count == 1 { return s.reduce(0) { $0 + ($1 == sep[0] ? 1 : 0) } }
        return s.withUnsafeBufferPointer { hay in
            sep.withUnsafeBufferPointer { needle in
                var n = 0, i = 0
                while true {
                    let j = index(hay, needle, from: i)
                    if j < 0 { return n }
                    n += 1
                    i = j + needle.count
                }
            }
        }
    }

    /// Iterates runes as Go's `for i, r := range s`.
    @inline(__always)
    static func forEachRune(_ s: [UInt8], _ body: (Int, GoRune, Int) -> Bool) {
        s.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                let (r, size) = buf[i] < 0x80 ? (GoRune(buf[i]), 1) : GoUTF8.decodeRune(buf, at: i)
                if !body(i, r, size) { return }
                i += size
            }
        }
    }

    /// First index of rune `r`; U+FFFD also finds invalid bytes, invalid runes find nothing.
    public static func indexRune(_ s: [UInt8], _ r: GoRune) -> Int {
        if r >= 0 && r < 0x80 { return indexByte(s, UInt8(r)) }
        if r == GoUTF8.runeError {
            var found = -1
            forEachRune(s) { i, c, _ in
                if c == GoUTF8.runeError { found = i; return false }
                return true
            }
            return found
        }
        if !GoUTF8.validRune(r) { return -1 }
        return index(s, GoUTF8.encodeRune(r))
    }

    public static func containsRune(_ s: [UInt8], _ r: GoRune) -> Bool { indexRune(s, r) >= 0 }

    /// First index of any rune from `chars`.
    public static func indexAny(_ s: [UInt8], _ chars: [UInt8]) -> Int {
        if chars.isEmpty { return -1 }
        if chars.count == 1 {
            let c = chars[0]
            return indexRune(s, c < 0x80 ? GoRune(c) : GoUTF8.runeError)
        }
        var found = -1
        forEachRune(s) { i, r, _ in
            if indexRune(chars, r) >= 0 { found = i; return false }
            return true
        }
        return found
    }

    /// Last index of any rune from `chars`.
    public static func lastIndexAny(_ s: [UInt8], _ chars: [UInt8]) -> Int {
        if chars.isEmpty { return -1 }
        var end = s.count
        while end > 0 {
            let (r, size) = s.withUnsafeBufferPointer { GoUTF8.decodeLastRune($0, end: end) }
            end -= size
            if chars.count == 1 {
                let c = chars[0]
                let want = c < 0x80 ? GoRune(c) : GoUTF8.runeError
                if r == want { return end }
            } else if indexRune(chars, r) >= 0 {
                return end
            }
        }
        return -1
    }

    public static func containsAny(_ s: [UInt8], _ chars: [UInt8]) -> Bool { indexAny(s, chars) >= 0 }

    public static func indexFunc(_ s: [UInt8], _ f: (GoRune) -> Bool) -> Int {
        var found = -1
        forEachRune(s) { i, r, _ in
            if f(r) { found = i; return false }
            return true
        }
        return found
    }

    public static func lastIndexFunc(_ s: [UInt8], _ f: (GoRune) -> Bool) -> Int {
        var end = s.count
        while end > 0 {
            let (r, size) = s.withUnsafeBufferPointer { GoUTF8.decodeLastRune($0, end: end) }
            end -= size
            if f(r) { return end }
        }
        return -1
    }

    /// Go's `strings.Compare`: bytewise ordering.
    public static func compare(_ a: [UInt8], _ b: [UInt8]) -> Int {
        a == b ? 0 : (a.lexicographicallyPrecedes(b) ? -1 : 1)
    }
}
