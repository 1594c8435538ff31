/// Go's `encoding/base64`: the four standard encodings, with Go's decoder rules (CR and LF
/// skipped, padding checked, the offset of the first bad byte reported).
public struct GoBase64: Sendable {
    /// The padding character, or nil for the raw (unpadded) encodings.
    public let padding: UInt8?
    public let alphabet: [UInt8]
    private let decodeMap: [UInt8]

    public init(alphabet: String, padding: UInt8?) {
        self.init(alphabet: Array(alphabet.utf8), padding: padding)
    }

    /// Go's `NewEncoding(...).WithPadding(...)`; `alphabet` must hold 64 distinct bytes.
    public init(alphabet: [UInt8], padding: UInt8?) {
        self.alphabet = alphabet
        self.padding = padding
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in self.alphabet.enumerated() { map[Int(c)] = UInt8(i) }
        self.decodeMap = map
    }

    public static let std = GoBase64(alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", padding: UInt8(ascii: "="))
    public static let url = GoBase64(alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", padding: UInt8(ascii: "="))
    public static let rawStd = GoBase64(alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", padding: nil)
    public static let rawURL = GoBase64(alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", padding: nil)

    /// Go's `CorruptInputError`: the byte offset of the first illegal input.
    public struct CorruptInputError: Error, Equatable, Sendable, CustomStringConvertible {
        public let offset: Int
        public init(offset: Int) { self.offset = offset }
        public var description: String { "illegal base64 data at input byte \(offset)" }
    }

    public func encodedLength(_ n: Int) -> Int {
        padding == nil ? n / 3 * 4 + (n % 3 * 8 + 5) / 6 : (n + 2) / 3 * 4
    }

    public func decodedLength(_ n: Int) -> Int {
        padding == nil ? n / 4 * 3 + n % 4 * 6 / 8 : n / 4 * 3
    }

    public func encode(_ src: some Collection<UInt8>) -> [UInt8] {
        let bytes = Array(src)
        var out: [UInt8] = []
        out.reserveCapacity(encodedLength(bytes.count))
        var i = 0
        while i + 3 <= bytes.count {
            let v = UInt32(bytes[i]) << 16 | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2])
            for shift in [18, 12, 6, 0] { out.append(alphabet[Int(v >> UInt32(shift) & 0x3F)]) }
            i += 3
        }
        let rest = bytes.count - i
        guard rest > 0 else { return out }
        var v = UInt32(bytes[i]) << 16
        if rest == 2 { v |= UInt32(bytes[i + 1]) << 8 }
        out.append(alphabet[Int(v >> 18 & 0x3F)])
        out.append(alphabet[Int(v >> 12 & 0x3F)])
        if rest == 2 {
            out.append(alphabet[Int(v >> 6 & 0x3F)])
            if let p = padding { out.append(p) }
        } else if let p = padding {
            out.append(p)
            out.append(p)
        }
        return out
    }

    /// Decodes `src`; like Go, returns the bytes decoded before an error together with it.
    public func decode(_ src: [UInt8]) -> (bytes: [UInt8], error: CorruptInputError?) {
        var out: [UInt8] = []
        out.reserveCapacity(decodedLength(src.count) + 3)
        var si = 0
        while si < src.count {
            let (next, error) = decodeQuantum(src, si, into: &out)
            si = next
            if let error { return (out, error) }
        }
        return (out, nil)
    }

    private static func isNewline(_ b: UInt8) -> Bool { b == 0x0A || b == 0x0D }

    /// One group of up to four symbols, following Go's `decodeQuantum` step by step so the
    /// reported offsets agree.
    private func decodeQuantum(_ src: [UInt8], _ start: Int, into out: inout [UInt8]) -> (Int, CorruptInputError?) {
        var symbols = [UInt8](repeating: 0, count: 4)
        var length = 4
        var si = start
        var trailing: CorruptInputError? = nil
        var j = 0
        quantum: while j < 4 {
            if si == src.count {
                if j == 0 { return (si, nil) }
                if j == 1 || padding != nil { return (si, CorruptInputError(offset: si - j)) }
                length = j
                break quantum
            }
            let c = src[si]
            si += 1
            let value = decodeMap[Int(c)]
            if value != 0xFF {
                symbols[j] = value
                j += 1
                continue
            }
            if Self.isNewline(c) { continue }
            guard let pad = padding, c == pad else { return (si, CorruptInputError(offset: si - 1)) }
            switch j {
            case 0, 1: return (si, CorruptInputError(offset: si - 1))
            case 2:
                while si < src.count && Self.isNewline(src[si]) { si += 1 }
                if si == src.count { return (si, CorruptInputError(offset: src.count)) }
                if src[si] != pad { return (si, CorruptInputError(offset: si - 1)) }
                si += 1
            default: break
            }
            while si < src.count && Self.isNewline(src[si]) { si += 1 }
            if si < src.count { trailing = CorruptInputError(offset: si) }
            length = j
            break quantum
        }
        let v = UInt32(symbols[0]) << 18 | UInt32(symbols[1]) << 12 | UInt32(symbols[2]) << 6 | UInt32(symbols[3])
        let decoded = [UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
        out.append(contentsOf: decoded[0..<(length - 1)])
        return (si, trailing)
    }
}
