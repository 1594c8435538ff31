/// Go's `unicode/utf8` package: decoding and encoding with Go's exact error rules.
///
/// Go accepts only shortest-form encodings of scalar values (no surrogates, nothing above
/// U+10FFFF); any ill-formed or truncated sequence decodes as `runeError` with width 1, so a
/// decoder always makes progress and never swallows a following valid byte.
public enum GoUTF8 {
    public static let runeError: GoRune = 0xFFFD
    public static let runeSelf: GoRune = 0x80
    public static let maxRune: GoRune = 0x10FFFF
    public static let utfMax = 4

    /// Allowed range of the second byte for a given lead byte, and the total length.
    /// Returns length 0 for bytes that cannot start a sequence.
    @inline(__always)
    static func leadInfo(_ b0: UInt8) -> (length: Int, lo: UInt8, hi: UInt8) {
        switch b0 {
        case 0x00..<0x80: return (1, 0, 0)
        case 0xC2...0xDF: return (2, 0x80, 0xBF)
        case 0xE0: return (3, 0xA0, 0xBF)          // excludes overlong forms
        case 0xED: return (3, 0x80, 0x9F)          // excludes surrogates
        case 0xE1...0xEF: return (3, 0x80, 0xBF)
        case 0xF0: return (4, 0x90, 0xBF)          // excludes overlong forms
        case 0xF4: return (4, 0x80, 0x8F)          // excludes values above U+10FFFF
        case 0xF1...0xF3: return (4, 0x80, 0xBF)
        default: return (0, 0, 0)
        }
    }

    /// Decodes the rune starting at byte offset `i` of `s`.
    /// Returns `(runeError, 0)` at the end and `(runeError, 1)` for invalid input.
    @inline(__always)
    public static func decodeRune(_ s: UnsafeBufferPointer<UInt8>, at i: Int = 0) -> (rune: GoRune, size: Int) {
        let n = s.count - i
        if n <= 0 { return (runeError, 0) }
        let b0 = s[i]
        if b0 < 0x80 { return (GoRune(b0), 1) }
        let info = leadInfo(b0)
        if info.length == 0 || n < 2 { return (runeError, 1) }
        let b1 = s[i + 1]
        if b1 < info.lo || b1 > info.hi { return (runeError, 1) }
        if info.length == 2 {
            return (GoRune(b0 & 0x1F) << 6 | GoRune(b1 & 0x3F), 2)
        }
        if n < 3 { return (runeError, 1) }
        let b2 = s[i + 2]
        if b2 < 0x80 || b2 > 0xBF { return (runeError, 1) }
        if info.length == 3 {
            return (GoRune(b0 & 0x0F) << 12 | GoRune(b1 & 0x3F) << 6 | GoRune(b2 & 0x3F), 3)
        }
        if n < 4 { return (runeError, 1) }
        let b3 = s[i + 3]
        if b3 < 0x80 || b3 > 0xBF { return (runeError, 1) }
        let r = GoRune(b0 & 0x07) << 18 | GoRune(b1 & 0x3F) << 12 | GoRune(b2 & 0x3F) << 6 | GoRune(b3 & 0x3F)
        return (r, 4)
    }

    /// Decodes the last rune of `s[..<end]`. Returns `(runeError, 0)` if empty,
    /// `(runeError, 1)` if the tail is not a complete valid encoding.
    public static func decodeLastRune(_ s: UnsafeBufferPointer<UInt8>, end: Int? = nil) -> (rune: GoRune, size: Int) {
        let end = end ?? s.count
        if end <= 0 { return (runeError, 0) }
        let last = s[end - 1]
        if last < 0x80 { return (GoRune(last), 1) }
        // Walk back over continuation bytes, at most utfMax bytes in total.
        let limit = max(end - utfMax, 0)
        var start = end - 1
        while start > limit && !isRuneStart(s[start]) { start -= 1 }
        let decoded = decodeRune(UnsafeBufferPointer(rebasing: s[..<end]), at: start)
        if start + decoded.size != end { return (runeError, 1) }
        return decoded
    }

    /// Whether `b` can begin an encoding (it is not a continuation byte).
    @inline(__always)
    public static func isRuneStart(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }

    /// Bytes needed to encode `r`, or -1 if `r` is not a valid Unicode scalar value.
    public static func runeLen(_ r: GoRune) -> Int {
        switch r {
        case ..<0: return -1
        case 0..<0x80: return 1
        case 0x80..<0x800: return 2
        case 0xD800...0xDFFF: return -1
        case 0x800..<0x10000: return 3
        case 0x10000...maxRune: return 4
        default: return -1
        }
    }

    /// Whether `r` can be encoded as UTF-8 (a scalar value, not a surrogate).
    public static func validRune(_ r: GoRune) -> Bool {
        (0 <= r && r < 0xD800) || (0xDFFF < r && r <= maxRune)
    }

    /// Appends the encoding of `r` (U+FFFD if `r` is invalid) and returns the byte count.
    @discardableResult @inline(__always)
    public static func appendRune(_ r: GoRune, to out: inout [UInt8]) -> Int {
        if r >= 0 && r < 0x80 {
            out.append(UInt8(r))
            return 1
        }
        let v = validRune(r) ? UInt32(r) : UInt32(runeError)
        if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
            return 2
        }
        if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | (v >> 6) & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
            return 3
        }
        out.append(UInt8(0xF0 | v >> 18))
        out.append(UInt8(0x80 | (v >> 12) & 0x3F))
        out.append(UInt8(0x80 | (v >> 6) & 0x3F))
        out.append(UInt8(0x80 | v & 0x3F))
        return 4
    }

    /// The UTF-8 encoding of `r` (Go's `EncodeRune` into a fresh buffer).
    public static func encodeRune(_ r: GoRune) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4)
        appendRune(r, to: &out)
        return out
    }

    /// Whether `s` begins with a full encoding (an invalid one counts: it decodes with width 1).
    public static func fullRune(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let b0 = s.first else { return false }
        let info = leadInfo(b0)
        if info.length <= 1 || s.count >= info.length { return true }
        // Short: it is still "full" when an early byte already proves the sequence invalid.
        if s.count > 1 && (s[1] < info.lo || s[1] > info.hi) { return true }
        if s.count > 2 && (s[2] < 0x80 || s[2] > 0xBF) { return true }
        return false
    }

    /// Number of runes in `s`; each invalid byte counts as one.
    public static func runeCount(_ s: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, n = 0
        while i < s.count {
            if s[i] < 0x80 { i += 1 } else { i += decodeRune(s, at: i).size }
            n += 1
        }
        return n
    }

    /// Whether `s` is entirely valid UTF-8.
    public static func valid(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < s.count {
            if s[i] < 0x80 { i += 1; continue }
            let d = decodeRune(s, at: i)
            if d.rune == runeError && d.size == 1 { return false }
            i += d.size
        }
        return true
    }
}

// MARK: - Array and String conveniences

extension GoUTF8 {
    public static func decodeRune(_ s: [UInt8], at i: Int = 0) -> (rune: GoRune, size: Int) {
        s.withUnsafeBufferPointer { decodeRune($0, at: i) }
    }
    public static func decodeLastRune(_ s: [UInt8]) -> (rune: GoRune, size: Int) {
        s.withUnsafeBufferPointer { decodeLastRune($0) }
    }
    public static func decodeRuneInString(_ s: String) -> (rune: GoRune, size: Int) {
        decodeRune(Array(s.utf8))
    }
    public static func decodeLastRuneInString(_ s: String) -> (rune: GoRune, size: Int) {
        decodeLastRune(Array(s.utf8))
    }
    public static func fullRune(_ s: [UInt8]) -> Bool { s.withUnsafeBufferPointer { fullRune($0) } }
    public static func runeCount(_ s: [UInt8]) -> Int { s.withUnsafeBufferPointer { runeCount($0) } }
    public static func runeCountInString(_ s: String) -> Int { runeCount(Array(s.utf8)) }
    public static func valid(_ s: [UInt8]) -> Bool { s.withUnsafeBufferPointer { valid($0) } }
    /// Swift `String`s are always valid UTF-8; this overload exists for symmetry with Go.
    public static func validString(_ s: String) -> Bool { valid(Array(s.utf8)) }

    /// Decodes all runes of `s` (Go's `[]rune(s)` conversion).
    public static func runes(_ s: [UInt8]) -> [GoRune] {
        s.withUnsafeBufferPointer { buf in
            var out: [GoRune] = []
            out.reserveCapacity(buf.count)
            var i = 0
            while i < buf.count {
                let d = decodeRune(buf, at: i)
                out.append(d.rune)
                i += d.size
            }
            return out
        }
    }

    /// Encodes runes as Go's `string([]rune)` does (invalid runes become U+FFFD).
    public static func bytes(fromRunes runes: [GoRune]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(runes.count)
        for r in runes { appendRune(r, to: &out) }
        return out
    }
}
