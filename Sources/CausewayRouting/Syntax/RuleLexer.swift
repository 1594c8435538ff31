/// Splits a rule into tokens using Go's lexical rules for the subset a rule may contain.
struct RuleLexer {
    static func tokenize(_ rule: String) throws(RuleSyntaxFailure) -> [RuleToken] {
        let bytes = Array(rule.utf8)
        var tokens: [RuleToken] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let column = index + 1
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "("):
                tokens.append(RuleToken(kind: .leftParen, column: column))
                index += 1
            case UInt8(ascii: ")"):
                tokens.append(RuleToken(kind: .rightParen, column: column))
                index += 1
            case UInt8(ascii: ","):
                tokens.append(RuleToken(kind: .comma, column: column))
                index += 1
            case UInt8(ascii: "!"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "=") {
                    throw RuleSyntaxFailure(column: column, message: "unsupported operator: !=")
                }
                tokens.append(RuleToken(kind: .not, column: column))
                index += 1
            case UInt8(ascii: "&"), UInt8(ascii: "|"):
                guard index + 1 < bytes.count, bytes[index + 1] == byte else {
                    throw RuleSyntaxFailure(column: column, message: "unsupported operator: \(Character(Unicode.Scalar(byte)))")
                }
                tokens.append(RuleToken(kind: byte == UInt8(ascii: "&") ? .and : .or, column: column))
                index += 2
            case UInt8(ascii: "`"), UInt8(ascii: "\""):
                let (value, end) = try GoStringLiteral.decode(bytes, from: index)
                tokens.append(RuleToken(kind: .string(value), column: column))
                index = end
            case UInt8(ascii: "'"):
                throw RuleSyntaxFailure(
                    column: column,
                    message: "illegal rune literal: single quotes are not accepted, use backquotes or double quotes")
            default:
                if isDigit(byte) {
                    throw RuleSyntaxFailure(column: column, message: "number literals are not accepted, matcher arguments must be string literals")
                }
                guard isIdentifierStart(byte) else {
                    throw RuleSyntaxFailure(column: column, message: illegalCharacterMessage(bytes, at: index))
                }
                var end = index + 1
                while end < bytes.count, isIdentifierStart(bytes[end]) || isDigit(bytes[end]) { end += 1 }
                let name = String(decoding: bytes[index..<end], as: UTF8.self)
                tokens.append(RuleToken(kind: .identifier(name), column: column))
                index = end
            }
        }
        tokens.append(RuleToken(kind: .end, column: bytes.count + 1))
        return tokens
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Go's scanner wording: `illegal character U+0040 '@'`.
    private static func illegalCharacterMessage(_ bytes: [UInt8], at index: Int) -> String {
        var decoder = UTF8()
        var iterator = bytes[index...].makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else {
            return "illegal UTF-8 encoding"
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return "illegal character U+\(padded) '\(Character(scalar))'"
    }
}
