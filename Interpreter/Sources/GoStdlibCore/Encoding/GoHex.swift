/// Go's `encoding/hex` for byte slices: lower-case encoding and decoding with Go's errors.
public enum GoHex {
    public enum DecodeError: Error, Equatable, Sendable, CustomStringConvertible {
        /// `hex.ErrLength`.
        case oddLength
        /// `hex.InvalidByteError`.
        case invalidByte(UInt8)

        public var description: String {
            switch self {
            case .oddLength: return "encoding/hex: odd length hex string"
            case .invalidByte(let b):
                // Go formats the byte with %#U.
                let digits = String(b, radix: 16, uppercase: true)
                var text = "encoding/hex: invalid byte: U+" + String(repeating: "0", count: 4 - digits.count) + digits
                if GoStrconv.isPrint(GoRune(b)) {
                    text += " '" + String(decoding: GoUTF8.encodeRune(GoRune(b)), as: UTF8.self) + "'"
                }
                return text
            }
        }
    }

    private static let digits = Array("0123456789abcdef".utf8)

    public static func encode(_ src: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(src.count * 2)
        for b in src {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return out
    }

    private static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    /// Decodes pairs of hex digits; like Go, returns what was decoded before an error.
    /// A bad character is reported before an odd length.
    public static func decode(_ src: [UInt8]) -> (bytes: [UInt8], error: DecodeError?) {
        var out: [UInt8] = []
        out.reserveCapacity(src.count / 2)
        var j = 1
        while j < src.count {
            guard let high = value(src[j - 1]) else { return (out, .invalidByte(src[j - 1])) }
            guard let low = value(src[j]) else { return (out, .invalidByte(src[j])) }
            out.append(high << 4 | low)
            j += 2
        }
        if src.count % 2 == 1 {
            if value(src[j - 1]) == nil { return (out, .invalidByte(src[j - 1])) }
            return (out, .oddLength)
        }
        return (out, nil)
    }
}
