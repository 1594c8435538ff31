/// Decoding of Go string literals, the only argument form a rule accepts.
///
/// Works on UTF-8 bytes because octal and `\x` escapes denote raw bytes, exactly as in Go.
enum GoStringLiteral {
    /// Decodes the literal starting at `start` (a backquote or a double quote).
    /// Returns the value and the index just past the closing quote.
    static func decode(_ bytes: [UInt8], from start: Int) throws(RuleSyntaxFailure) -> (value: String, end: Int) {
        if bytes[start] == UInt8(ascii: "`") {
            return try decodeRaw(bytes, from: start)
        }
        return try decodeInterpreted(bytes, from: start)
    }

    private static func decodeRaw(_ bytes: [UInt8], from start: Int) throws(RuleSyntaxFailure) -> (value: String, end: Int) {
        var value: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                return (String(decoding: value, as: UTF8.self), index + 1)
            }
            // Go discards carriage returns inside raw strings.
            if byte != UInt8(ascii: "\r") { value.append(byte) }
            index += 1
        }
        throw RuleSyntaxFailure(column: start + 1, message: "raw string literal not terminated")
    }

    private static func decodeInterpreted(_ bytes: [UInt8], from start: Int) throws(RuleSyntaxFailure) -> (value: String, end: Int) {
        var value: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                return (String(decoding: value, as: UTF8.self), index + 1)
            case UInt8(ascii: "\n"):
                throw RuleSyntaxFailure(column: start + 1, message: "string literal not terminated")
            case UInt8(ascii: "\\"):
                index = try decodeEscape(bytes, at: index, into: &value)
            default:
                value.append(byte)
                index += 1
            }
        }
        throw RuleSyntaxFailure(column: start + 1, message: "string literal not terminated")
    }

    /// Decodes the escape sequence whose backslash is at `index`; returns the index after it.
    private static func decodeEscape(_ bytes: [UInt8], at index: Int, into value: inout [UInt8]) throws(RuleSyntaxFailure) -> Int {
        let column = index + 1
        guard index + 1 < bytes.count else {
            throw RuleSyntaxFailure(column: column, message: "escape sequence not terminated")
        }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "a"): 0x07, UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
            UInt8(ascii: "v"): 0x0B, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "\""): 0x22,
        ]
        let letter = bytes[index + 1]
        if let decoded = simple[letter] {
            value.append(decoded)
            return index + 2
        }
        let digitCount: Int
        let radix: UInt32
        let maximum: UInt32
        switch letter {
        case UInt8(ascii: "0")...UInt8(ascii: "7"): (digitCount, radix, maximum) = (3, 8, 255)
        case UInt8(ascii: "x"): (digitCount, radix, maximum) = (2, 16, 255)
        case UInt8(ascii: "u"): (digitCount, radix, maximum) = (4, 16, 0x10FFFF)
        case UInt8(ascii: "U"): (digitCount, radix, maximum) = (8, 16, 0x10FFFF)
        default:
            throw RuleSyntaxFailure(column: column, message: "unknown escape sequence")
        }
        var digitsStart = index + 2
        if radix == 8 { digitsStart = index + 1 }
        var number: UInt32 = 0
        for offset in 0..<digitCount {
            let position = digitsStart + offset
            guard position < bytes.count, let digit = digitValue(bytes[position], radix: radix) else {
                throw RuleSyntaxFailure(column: column, message: "invalid escape sequence")
            }
            number = number &* radix &+ digit
        }
        guard number <= maximum, !(0xD800...0xDFFF).contains(number) else {
            throw RuleSyntaxFailure(column: column, message: "escape sequence is invalid Unicode code point")
        }
        if letter == UInt8(ascii: "u") || letter == UInt8(ascii: "U") {
            // Code points are written as UTF-8; byte escapes are written as the byte itself.
            value.append(contentsOf: Array(String(Character(Unicode.Scalar(number)!)).utf8))
        } else {
            value.append(UInt8(number))
        }
        return digitsStart + digitCount
    }

    private static func digitValue(_ byte: UInt8, radix: UInt32) -> UInt32? {
        let value: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt32(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = UInt32(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }
}
