/// Go's `strconv.Quote` for the places the type system prints Go text: struct tags in
/// type strings and string constants in error messages. Works on bytes because Go
/// strings may hold invalid UTF-8, which is printed as `\xHH`.
enum GoQuote {
    static func quote(_ text: String) -> String { quote(bytes: Array(text.utf8)) }

    static func quote(bytes: [UInt8]) -> String {
        var out = "\""
        var i = 0
        while i < bytes.count {
            guard let (scalar, length) = decodeScalar(bytes, at: i) else {
                out += "\\x" + hex(UInt32(bytes[i]), digits: 2)
                i += 1
                continue
            }
            i += length
            out += escape(scalar)
        }
        out += "\""
        return out
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\u{07}": return "\\a"
        case "\u{08}": return "\\b"
        case "\u{0C}": return "\\f"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{0B}": return "\\v"
        case "\\": return "\\\\"
        case "\"": return "\\\""
        default: break
        }
        if isPrint(scalar) { return String(scalar) }
        let value = scalar.value
        if value < 0x80 { return "\\x" + hex(value, digits: 2) }
        if value < 0x10000 { return "\\u" + hex(value, digits: 4) }
        return "\\U" + hex(value, digits: 8)
    }

    /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and ASCII space.
    static func isPrint(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s
    }

    /// Decodes one well-formed UTF-8 sequence (no surrogates, no overlongs).
    static func decodeScalar(_ bytes: [UInt8], at i: Int) -> (Unicode.Scalar, Int)? {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length: Int
        var value: UInt32
        switch b0 {
        case 0xC2...0xDF: length = 2; value = UInt32(b0 & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(b0 & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(b0 & 0x07)
        default: return nil
        }
        guard i + length <= bytes.count else { return nil }
        for k in 1..<length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(b & 0x3F)
        }
        let minimum: UInt32 = length == 3 ? 0x800 : (length == 4 ? 0x10000 : 0x80)
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
