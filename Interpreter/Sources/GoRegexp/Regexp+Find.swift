/// The Find family: first match, all matches, with or without submatches, over strings and bytes.
extension Regexp {
    // MARK: - Byte-level core

    /// Go's `FindSubmatchIndex`: 2 * (numSubexp + 1) byte offsets, -1 for groups that did not
    /// participate; nil when there is no match.
    public func firstMatchIndices(in bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        matchIndices(in: bytes, from: 0, slots: allSlots)
    }

    /// Go's `FindIndex`: the byte range of the leftmost match as `[start, end]`.
    public func firstMatchRange(in bytes: UnsafeBufferPointer<UInt8>) -> [Int]? {
        matchIndices(in: bytes, from: 0, slots: 2)
    }

    /// Go's `FindAllSubmatchIndex(b, n)`; a negative `limit` means no limit.
    public func allMatchIndices(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = -1) -> [[Int]] {
        var out: [[Int]] = []
        forEachMatch(in: bytes, limit: limit, slots: allSlots) { out.append($0) }
        return out
    }

    /// Go's `FindAllIndex(b, n)`.
    public func allMatchRanges(in bytes: UnsafeBufferPointer<UInt8>, limit: Int = -1) -> [[Int]] {
        var out: [[Int]] = []
        forEachMatch(in: bytes, limit: limit, slots: 2) { out.append($0) }
        return out
    }

    func matchIndices(in bytes: UnsafeBufferPointer<UInt8>, from: Int, slots: Int) -> [Int]? {
        withSearch(in: bytes, slots: slots) { search in search(from).map { Array($0) } }
    }

    /// Go's `allMatches`: successive matches, where an empty match directly after the previous
    /// match is skipped and the search always advances by at least one code point.
    func forEachMatch(
        in bytes: UnsafeBufferPointer<UInt8>, limit: Int, slots: Int, _ deliver: ([Int]) -> Void
    ) {
        let end = bytes.count
        let n = limit < 0 ? end + 1 : limit
        withSearch(in: bytes, slots: max(slots, 2)) { search in
            var pos = 0
            var delivered = 0
            var prevMatchEnd = -1
            while delivered < n && pos <= end {
                guard let found = search(pos) else { break }
                let m = Array(found)
                var accept = true
                if m[1] == pos {
                    // Empty match: not allowed right after the previous match.
                    if m[0] == prevMatchEnd { accept = false }
                    let width = InputText.decode(bytes, at: pos).width
                    pos = width > 0 ? pos + width : end + 1
                } else {
                    pos = m[1]
                }
                prevMatchEnd = m[1]
                if accept {
                    deliver(m)
                    delivered += 1
                }
            }
        }
    }

    // MARK: - Byte arrays

    public func firstMatchIndices(in bytes: [UInt8]) -> [Int]? {
        bytes.withUnsafeBufferPointer { firstMatchIndices(in: $0) }
    }

    public func allMatchIndices(in bytes: [UInt8], limit: Int = -1) -> [[Int]] {
        bytes.withUnsafeBufferPointer { allMatchIndices(in: $0, limit: limit) }
    }

    public func firstMatchRange(in bytes: [UInt8]) -> [Int]? {
        bytes.withUnsafeBufferPointer { firstMatchRange(in: $0) }
    }

    public func allMatchRanges(in bytes: [UInt8], limit: Int = -1) -> [[Int]] {
        bytes.withUnsafeBufferPointer { allMatchRanges(in: $0, limit: limit) }
    }

    /// Go's `Find`: the bytes of the leftmost match.
    public func firstMatch(in bytes: [UInt8]) -> [UInt8]? {
        guard let m = bytes.withUnsafeBufferPointer({ firstMatchRange(in: $0) }) else { return nil }
        return Array(bytes[m[0]..<m[1]])
    }

    /// Go's `FindSubmatch`: nil entries for groups that did not participate.
    public func firstSubmatches(in bytes: [UInt8]) -> [[UInt8]?]? {
        guard let m = firstMatchIndices(in: bytes) else { return nil }
        return Regexp.groups(m) { Array(bytes[$0..<$1]) }
    }

    /// Go's `FindAll`.
    public func allMatches(in bytes: [UInt8], limit: Int = -1) -> [[UInt8]] {
        bytes.withUnsafeBufferPointer { allMatchRanges(in: $0, limit: limit) }.map { Array(bytes[$0[0]..<$0[1]]) }
    }

    /// Go's `FindAllSubmatch`.
    public func allSubmatches(in bytes: [UInt8], limit: Int = -1) -> [[[UInt8]?]] {
        allMatchIndices(in: bytes, limit: limit).map { m in Regexp.groups(m) { Array(bytes[$0..<$1]) } }
    }

    // MARK: - Strings

    /// Go's `FindStringSubmatchIndex`.
    public func firstMatchIndices(in s: String) -> [Int]? {
        withUTF8Bytes(s) { firstMatchIndices(in: $0) }
    }

    /// Go's `FindStringIndex`.
    public func firstMatchRange(in s: String) -> [Int]? {
        withUTF8Bytes(s) { firstMatchRange(in: $0) }
    }

    /// Go's `FindAllStringSubmatchIndex(s, n)`.
    public func allMatchIndices(in s: String, limit: Int = -1) -> [[Int]] {
        withUTF8Bytes(s) { allMatchIndices(in: $0, limit: limit) }
    }

    /// Go's `FindAllStringIndex(s, n)`.
    public func allMatchRanges(in s: String, limit: Int = -1) -> [[Int]] {
        withUTF8Bytes(s) { allMatchRanges(in: $0, limit: limit) }
    }

    /// Go's `FindString`, except that "no match" is nil rather than "".
    public func firstMatch(in s: String) -> String? {
        guard let m = firstMatchRange(in: s) else { return nil }
        return Regexp.substring(s, m[0], m[1])
    }

    /// Go's `FindStringSubmatch`; groups that did not participate are nil (Go gives "").
    public func firstSubmatches(in s: String) -> [String?]? {
        guard let m = firstMatchIndices(in: s) else { return nil }
        return Regexp.groups(m) { Regexp.substring(s, $0, $1) }
    }

    /// Go's `FindAllString(s, n)`.
    public func allMatches(in s: String, limit: Int = -1) -> [String] {
        allMatchRanges(in: s, limit: limit).map { Regexp.substring(s, $0[0], $0[1]) }
    }

    /// Go's `FindAllStringSubmatch(s, n)`.
    public func allSubmatches(in s: String, limit: Int = -1) -> [[String?]] {
        allMatchIndices(in: s, limit: limit).map { m in Regexp.groups(m) { Regexp.substring(s, $0, $1) } }
    }

    // MARK: - Helpers

    static func groups<T>(_ m: [Int], _ slice: (Int, Int) -> T) -> [T?] {
        stride(from: 0, to: m.count, by: 2).map { i in m[i] >= 0 ? slice(m[i], m[i + 1]) : nil }
    }

    /// The text between two byte offsets of `s` (offsets produced by matching, so on
    /// code point boundaries).
    static func substring(_ s: String, _ from: Int, _ to: Int) -> String {
        let utf8 = s.utf8
        let a = utf8.index(utf8.startIndex, offsetBy: from)
        let b = utf8.index(a, offsetBy: to - from)
        return String(Substring(utf8[a..<b]))
    }
}
