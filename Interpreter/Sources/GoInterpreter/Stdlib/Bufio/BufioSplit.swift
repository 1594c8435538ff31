import GoStdlibCore

/// A bufio split function's answer: how far to advance, the token (nil for none) and an error.
struct SplitResult {
    var advance: Int
    var token: ArraySlice<UInt8>?
    var error: Value = .none
}

/// The four split functions bufio defines, run in Swift when a Scanner uses them directly.
enum BuiltinSplit {
    case lines, words, runes, bytes

    func split(_ data: ArraySlice<UInt8>, atEOF: Bool) -> SplitResult {
        switch self {
        case .lines: return Self.scanLines(data, atEOF)
        case .words: return Self.scanWords(data, atEOF)
        case .runes: return Self.scanRunes(data, atEOF)
        case .bytes:
            if atEOF && data.isEmpty { return SplitResult(advance: 0, token: nil) }
            return SplitResult(advance: 1, token: data.prefix(1))
        }
    }

    static func dropCR(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> { s.last == 0x0D ? s.dropLast() : s }

    static func scanLines(_ data: ArraySlice<UInt8>, _ atEOF: Bool) -> SplitResult {
        if atEOF && data.isEmpty { return SplitResult(advance: 0, token: nil) }
        if let i = data.firstIndex(of: 0x0A) {
            return SplitResult(advance: i - data.startIndex + 1, token: dropCR(data[data.startIndex..<i]))
        }
        if atEOF { return SplitResult(advance: data.count, token: dropCR(data)) }
        return SplitResult(advance: 0, token: nil)
    }

    static func scanWords(_ data: ArraySlice<UInt8>, _ atEOF: Bool) -> SplitResult {
        let bytes = Array(data)
        var start = 0
        while start < bytes.count {
            let (r, width) = GoUTF8.decodeRune(bytes, at: start)
            if !GoUnicode.isSpace(r) { break }
            start += width
        }
        var i = start
        while i < bytes.count {
            let (r, width) = GoUTF8.decodeRune(bytes, at: i)
            if GoUnicode.isSpace(r) {
                return SplitResult(advance: i + width, token: data[(data.startIndex + start)..<(data.startIndex + i)])
            }
            i += width
        }
        if atEOF && bytes.count > start { return SplitResult(advance: bytes.count, token: data[(data.startIndex + start)...]) }
        return SplitResult(advance: start, token: nil)
    }

    static let encodedRuneError: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func scanRunes(_ data: ArraySlice<UInt8>, _ atEOF: Bool) -> SplitResult {
        // Empty data before EOF: Go indexes data[0] and panics; asking for more is what a
        // scanner needs and cannot hurt a direct caller.
        guard let first = data.first else { return SplitResult(advance: 0, token: nil) }
        if first < 0x80 { return SplitResult(advance: 1, token: data.prefix(1)) }
        let bytes = Array(data.prefix(4))
        let (_, width) = GoUTF8.decodeRune(bytes)
        if width > 1 { return SplitResult(advance: width, token: data.prefix(width)) }
        if !atEOF && !GoUTF8.fullRune(bytes) { return SplitResult(advance: 0, token: nil) }
        return SplitResult(advance: 1, token: encodedRuneError[...])
    }
}
