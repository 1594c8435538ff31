/// Values of literal tokens. The scanner has already checked the syntax, so these
/// functions only return nil for text no Go scanner would accept.
extension ConstantValue {
    /// The value of a basic literal of kind `.int`, `.float`, `.imag`, `.char` or `.string`.
    public static func literal(_ text: String, kind: Token) -> ConstantValue? {
        switch kind {
        case .int: return parseInteger(text).map { .int($0) }
        case .float: return parseFloat(text)
        case .imag:
            guard text.hasSuffix("i") else { return nil }
            let body = String(text.dropLast())
            // `0123i` is decimal, for backward compatibility.
            let value: ConstantValue?
            if body.contains(where: { ".eEpP".contains($0) }) || body.hasPrefix("0x") || body.hasPrefix("0X") {
                value = parseFloat(body)
            } else if body.hasPrefix("0b") || body.hasPrefix("0B") || body.hasPrefix("0o") || body.hasPrefix("0O") {
                value = parseInteger(body).map { .int($0) }
            } else {
                value = BigInt(body, radix: 10).map { .int($0) }
            }
            return value.map { .complex(real: .int(.zero), imaginary: $0) }
        case .char:
            return decodeRuneLiteral(text).map { .int(BigInt(Int64($0))) }
        case .string:
            return unquote(text).map { .string($0) }
        default:
            return nil
        }
    }

    /// Integer literal: decimal, `0x`, `0o`, `0b`, legacy octal `0755`, `_` separators.
    static func parseInteger(_ text: String) -> BigInt? {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { return BigInt(lower.dropFirst(2), radix: 16) }
        if lower.hasPrefix("0o") { return BigInt(lower.dropFirst(2), radix: 8) }
        if lower.hasPrefix("0b") { return BigInt(lower.dropFirst(2), radix: 2) }
        if lower.count > 1 && lower.hasPrefix("0") { return BigInt(lower.dropFirst(), radix: 8) }
        return BigInt(lower, radix: 10)
    }

    /// Floating-point literal, decimal (`1.5e-3`) or hexadecimal (`0x1.8p3`), exactly.
    static func parseFloat(_ text: String) -> ConstantValue? {
        var body = text.lowercased().filter { $0 != "_" }
        let hex = body.hasPrefix("0x")
        if hex { body.removeFirst(2) }
        var exponent = 0
        if let marker = body.firstIndex(of: hex ? "p" : "e") {
            guard let e = Int(body[body.index(after: marker)...]) else { return nil }
            exponent = e
            body = String(body[..<marker])
        }
        var fractionDigits = 0
        if let dot = body.firstIndex(of: ".") {
            fractionDigits = body.distance(from: dot, to: body.endIndex) - 1
            body.remove(at: dot)
        }
        if body.isEmpty { body = "0" }
        guard let mantissa = BigInt(body, radix: hex ? 16 : 10) else { return nil }
        // Guard against absurd exponents before building huge powers.
        guard abs(exponent) < 100_000 else {
            if mantissa.isZero || exponent < 0 { return .rational(BigRational(.zero)) }
            return .float(.infinity)
        }
        let value: BigRational
        if hex {
            let twos = exponent - 4 * fractionDigits
            value = twos >= 0 ? BigRational(mantissa.shiftedLeft(twos)) : BigRational(mantissa, BigInt.powerOfTwo(-twos))
        } else {
            let tens = exponent - fractionDigits
            // Beyond what exact fractions hold anyway: let the platform round the text.
            if abs(tens) > 1400 && !mantissa.isZero {
                return .float(Double(text.filter { $0 != "_" }) ?? (tens > 0 ? .infinity : 0))
            }
            value = tens >= 0 ? BigRational(mantissa * BigInt(10).power(tens)) : BigRational(mantissa, BigInt(10).power(-tens))
        }
        return .float(value)
    }

    /// The bytes of an interpreted ("…"), raw (`…`) or rune ('…') literal.
    static func unquote(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 2, let quote = bytes.first, bytes.last == quote else { return nil }
        let body = bytes[1..<(bytes.count - 1)]
        if quote == UInt8(ascii: "`") {
            return body.filter { $0 != UInt8(ascii: "\r") }   // raw strings drop carriage returns
        }
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        var out: [UInt8] = []
        var i = body.startIndex
        while i < body.endIndex {
            let c = body[i]
            guard c == UInt8(ascii: "\\") else {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < body.endIndex else { return nil }
            let e = body[i]
            i += 1
            switch e {
            case UInt8(ascii: "a"): out.append(7)
            case UInt8(ascii: "b"): out.append(8)
            case UInt8(ascii: "f"): out.append(12)
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "v"): out.append(11)
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): out.append(e)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard i + 2 <= body.endIndex, let v = UInt8(String(decoding: [e] + body[i..<(i + 2)], as: UTF8.self), radix: 8) else { return nil }
                out.append(v)
                i += 2
            case UInt8(ascii: "x"):
                guard i + 2 <= body.endIndex, let v = UInt8(String(decoding: body[i..<(i + 2)], as: UTF8.self), radix: 16) else { return nil }
                out.append(v)
                i += 2
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = e == UInt8(ascii: "u") ? 4 : 8
                guard i + count <= body.endIndex,
                      let v = UInt32(String(decoding: body[i..<(i + count)], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(v) else { return nil }
                out.append(contentsOf: Array(String(scalar).utf8))
                i += count
            default:
                return nil
            }
        }
        return out
    }

    /// The code point of a rune literal: one character or one escape (`'\377'` is the byte value 255).
    static func decodeRuneLiteral(_ text: String) -> UInt32? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "'") else { return nil }
        if bytes[1] == UInt8(ascii: "\\") {
            let e = bytes[2]
            let digits = String(decoding: bytes[3..<(bytes.count - 1)], as: UTF8.self)
            switch e {
            case UInt8(ascii: "x"): return UInt32(digits, radix: 16)
            case UInt8(ascii: "u"), UInt8(ascii: "U"): return UInt32(digits, radix: 16)
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                return UInt32(String(decoding: [e], as: UTF8.self) + digits, radix: 8)
            default:
                guard let decoded = unquote(text), decoded.count == 1 else { return nil }
                return UInt32(decoded[0])
            }
        }
        guard let (scalar, _) = GoQuote.decodeScalar(bytes, at: 1) else { return nil }
        return scalar.value
    }
}
