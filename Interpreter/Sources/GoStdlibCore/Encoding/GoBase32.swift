/// Go's `encoding/base32` (RFC 4648 standard and extended-hex alphabets), with Go's decoder
/// rules: newlines dropped first, padding checked, the offset of the first bad byte reported.
public struct GoBase32: Sendable {
    public let alphabet: [UInt8]
    public let padding: UInt8?
    private let decodeMap: [UInt8]

    public init(alphabet: [UInt8], padding: UInt8?) {
        self.alphabet = alphabet
        self.padding = padding
        var map = [UInt8](repeating: 0xFF, count: 256)
        for (i, c) in alphabet.enumerated() { map[Int(c)] = UInt8(i) }
        self.decodeMap = map
    }

    /// Go's `base32.CorruptInputError`.
    public struct CorruptInputError: Error, Equatable, Sendable, CustomStringConvertible {
        public let offset: Int
        public init(offset: Int) { self.offset = offset }
        public var description: String { "illegal base32 data at input byte \(offset)" }
    }

    public static let std = GoBase32(alphabet: Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8), padding: UInt8(ascii: "="))
    public static let hex = GoBase32(alphabet: Array("0123456789ABCDEFGHIJKLMNOPQRSTUV".utf8), padding: UInt8(ascii: "="))

    public func encodedLength(_ n: Int) -> Int {
        padding == nil ? n / 5 * 8 + (n % 5 * 8 + 4) / 5 : (n + 4) / 5 * 8
    }

    public func decodedLength(_ n: Int) -> Int {
        padding == nil ? n / 8 * 5 + n % 8 * 5 / 8 : n / 8 * 5
    }

    public func encode(_ src: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(encodedLength(src.count))
        var bits: UInt64 = 0
        var count = 0
        for b in src {
            bits = bits << 8 | UInt64(b)
            count += 8
            while count >= 5 {
                count -= 5
                out.append(alphabet[Int(bits >> UInt64(count) & 0x1F)])
            }
        }
        if count > 0 { out.append(alphabet[Int(bits << UInt64(5 - count) & 0x1F)]) }
        if let pad = padding { while out.count % 8 != 0 { out.append(pad) } }
        return out
    }

    /// Decodes `src` (Go's `DecodeString`): returns the bytes decoded before an error with it.
    public func decode(_ input: [UInt8]) -> (bytes: [UInt8], error: CorruptInputError?) {
        let src = input.filter { $0 != 0x0A && $0 != 0x0D }
        var out: [UInt8] = []
        let total = src.count
        var position = 0
        var end = false
        func fail(_ offset: Int) -> ([UInt8], CorruptInputError?) { (out, CorruptInputError(offset: offset)) }
        while position < total && !end {
            var symbols = [UInt8](repeating: 0, count: 8)
            var length = 8
            var j = 0
            while j < 8 {
                if position == total {
                    if padding != nil { return fail(total - (total - position) - j) }
                    length = j
                    end = true
                    break
                }
                let c = src[position]
                position += 1
                let remaining = total - position
                if let pad = padding, c == pad, j >= 2, remaining < 8 {
                    if remaining + j < 7 { return fail(total) }
                    for k in 0..<(7 - j) where remaining > k && src[position + k] != pad {
                        return fail(total - remaining + k - 1)
                    }
                    length = j
                    end = true
                    if length == 1 || length == 3 || length == 6 { return fail(total - remaining - 1) }
                    break
                }
                symbols[j] = decodeMap[Int(c)]
                if symbols[j] == 0xFF { return fail(total - remaining - 1) }
                j += 1
            }
            let s = symbols
            var group: [UInt8] = [
                s[0] << 3 | s[1] >> 2,
                s[1] << 6 | s[2] << 1 | s[3] >> 4,
                s[3] << 4 | s[4] >> 1,
                s[4] << 7 | s[5] << 2 | s[6] >> 3,
                s[6] << 5 | s[7],
            ]
            let produced: Int
            switch length {
            case 8: produced = 5
            case 7: produced = 4
            case 5: produced = 3
            case 4: produced = 2
            case 2: produced = 1
            default: produced = 0
            }
            group.removeLast(5 - produced)
            out += group
        }
        return (out, nil)
    }
}
