/// A Go run-time panic raised by a library function (the message is Go's, verbatim).
public struct GoPanic: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

// MARK: - Mapping, case, repetition, replacement, trimming

extension GoStrings {
    /// Go's `Map`: each rune replaced by `mapping(r)`, dropped when negative. Invalid bytes
    /// are mapped as U+FFFD, so they come out as its encoding.
    public static func map(_ s: [UInt8], _ mapping: (GoRune) -> GoRune) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        forEachRune(s) { _, r, _ in
            let m = mapping(r)
            if m >= 0 { GoUTF8.appendRune(m, to: &out) }
            return true
        }
        return out
    }

    private static func isASCII(_ s: [UInt8]) -> Bool { !s.contains { $0 >= 0x80 } }

    public static func toUpper(_ s: [UInt8]) -> [UInt8] {
        if isASCII(s) { return s.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 } }
        return map(s, GoUnicode.toUpper)
    }

    public static func toLower(_ s: [UInt8]) -> [UInt8] {
        if isASCII(s) { return s.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 } }
        return map(s, GoUnicode.toLower)
    }

    public static func toTitle(_ s: [UInt8]) -> [UInt8] { map(s, GoUnicode.toTitle) }

    /// Go's `ToValidUTF8`: each run of invalid bytes replaced by `replacement`.
    public static func toValidUTF8(_ s: [UInt8], _ replacement: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var invalidRun = false
        forEachRune(s) { i, r, size in
            if r == GoUTF8.runeError && size == 1 {
                if !invalidRun { out.append(contentsOf: replacement); invalidRun = true }
            } else {
                out.append(contentsOf: s[i..<(i + size)])
                invalidRun = false
            }
            return true
        }
        return out
    }

    /// `count` copies of `s`; panics like Go for negative counts and overflowing lengths.
    public static func repeatString(_ s: [UInt8], count: Int) throws(GoPanic) -> [UInt8] {
        if count == 0 { return [] }
        if count < 0 { throw GoPanic("strings: negative Repeat count") }
        let (total, overflow) = s.count.multipliedReportingOverflow(by: count)
        if overflow { throw GoPanic("strings: Repeat output length overflow") }
        // An empty string repeated any number of times is empty: no loop over a huge count.
        if s.isEmpty { return [] }
        var out: [UInt8] = []
        out.reserveCapacity(total)
        for _ in 0..<count { out.append(contentsOf: s) }
        return out
    }

    /// Go's `Replace`: the first n (all if n < 0) non-overlapping `old` replaced by `new`.
    /// An empty `old` matches before every rune and at the end.
    public static func replace(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8], _ n: Int) -> [UInt8] {
        if old == new || n == 0 { return s }
        let m = count(s, old)
        if m == 0 { return s }
        let n = (n < 0 || m < n) ? m : n
        var out: [UInt8] = []
        out.reserveCapacity(s.count + n * (new.count - old.count))
        var start = 0
        s.withUnsafeBufferPointer { hay in
            old.withUnsafeBufferPointer { needle in
                for i in 0..<n {
                    var j = start
                    if old.isEmpty {
                        if i > 0 { j += GoUTF8.decodeRune(hay, at: start).size }
                    } else {
                        j = index(hay, needle, from: start)
                    }
                    out.append(contentsOf: hay[start..<j])
                    out.append(contentsOf: new)
                    start = j + old.count
                }
            }
        }
        out.append(contentsOf: s[start...])
        return out
    }

    public static func replaceAll(_ s: [UInt8], _ old: [UInt8], _ new: [UInt8]) -> [UInt8] { replace(s, old, new, -1) }

    // MARK: Trimming

    public static func trimLeftFunc(_ s: [UInt8], _ f: (GoRune) -> Bool) -> [UInt8] {
        let i = indexFunc(s) { !f($0) }
        return i < 0 ? [] : Array(s[i...])
    }

    public static func trimRightFunc(_ s: [UInt8], _ f: (GoRune) -> Bool) -> [UInt8] {
        var end = s.count
        while end > 0 {
            let (r, size) = s.withUnsafeBufferPointer { GoUTF8.decodeLastRune($0, end: end) }
            if !f(r) { break }
            end -= size
        }
        return Array(s[..<end])
    }

    public static func trimFunc(_ s: [UInt8], _ f: (GoRune) -> Bool) -> [UInt8] {
        trimRightFunc(trimLeftFunc(s, f), f)
    }

    /// Removes leading runes contained in `cutset` (U+FFFD in the cutset also removes invalid bytes).
    public static func trimLeft(_ s: [UInt8], _ cutset: [UInt8]) -> [UInt8] {
        if s.isEmpty || cutset.isEmpty { return s }
        return trimLeftFunc(s) { containsRune(cutset, $0) }
    }

    public static func trimRight(_ s: [UInt8], _ cutset: [UInt8]) -> [UInt8] {
        if s.isEmpty || cutset.isEmpty { return s }
        return trimRightFunc(s) { containsRune(cutset, $0) }
    }

    public static func trim(_ s: [UInt8], _ cutset: [UInt8]) -> [UInt8] {
        if s.isEmpty || cutset.isEmpty { return s }
        return trimFunc(s) { containsRune(cutset, $0) }
    }

    public static func trimSpace(_ s: [UInt8]) -> [UInt8] { trimFunc(s, GoUnicode.isSpace) }

    public static func trimPrefix(_ s: [UInt8], _ prefix: [UInt8]) -> [UInt8] {
        hasPrefix(s, prefix) ? Array(s[prefix.count...]) : s
    }

    public static func trimSuffix(_ s: [UInt8], _ suffix: [UInt8]) -> [UInt8] {
        hasSuffix(s, suffix) ? Array(s[..<(s.count - suffix.count)]) : s
    }

    // MARK: Comparison

    /// Equality under simple Unicode case folding (Go's `EqualFold`).
    public static func equalFold(_ s: [UInt8], _ t: [UInt8]) -> Bool {
        var i = 0, j = 0
        while i < s.count && j < t.count {
            var (sr, sn) = s[i] < 0x80 ? (GoRune(s[i]), 1) : GoUTF8.decodeRune(s, at: i)
            var (tr, tn) = t[j] < 0x80 ? (GoRune(t[j]), 1) : GoUTF8.decodeRune(t, at: j)
            i += sn; j += tn
            if sr == tr { continue }
            if tr < sr { swap(&sr, &tr) }
            if tr < 0x80 {
                // ASCII only: sr must be the upper-case form of tr.
                if tr >= 0x61 && tr <= 0x7A && sr == tr - 32 { continue }
                return false
            }
            // Walk sr's folding orbit looking for tr.
            var r = GoUnicode.simpleFold(sr)
            while r != sr && r < tr { r = GoUnicode.simpleFold(r) }
            if r == tr { continue }
            return false
        }
        return i == s.count && j == t.count
    }
}
