/// Go's `ParseFloat`: correctly rounded decimal and hexadecimal input (round half to even),
/// "inf"/"infinity"/"nan" in any case, underscores between digits, range errors on overflow.
extension GoStrconv {
    public static func parseFloat(_ s: String, bitSize: Int) -> (Double, GoNumError?) {
        parseFloat(Array(s.utf8), bitSize: bitSize)
    }

    public static func parseFloat(_ s: [UInt8], bitSize: Int) -> (Double, GoNumError?) {
        let syntax = GoNumError(function: "ParseFloat", input: s, reason: .syntax)
        if let special = parseSpecialFloat(s) { return (special, nil) }
        guard let literal = FloatLiteral(s), literal.length == s.count else { return (0, syntax) }
        if literal.sawUnderscore && !underscoresAreValid(s[...]) { return (0, syntax) }
        let format: BinaryFormat = bitSize == 32 ? .binary32 : .binary64
        let (magnitude, overflow) = literal.isHex ? literal.hexValue(format) : literal.decimalValue(format)
        let value = literal.negative ? -magnitude : magnitude
        if overflow { return (value, GoNumError(function: "ParseFloat", input: s, reason: .range)) }
        return (value, nil)
    }

    /// "inf", "infinity" (signed) and "nan" (unsigned), case-insensitively and only as the whole input.
    static func parseSpecialFloat(_ s: [UInt8]) -> Double? {
        var body = s[...]
        var negative = false, signed = false
        if let f = body.first, f == UInt8(ascii: "+") || f == UInt8(ascii: "-") {
            negative = f == UInt8(ascii: "-"); signed = true
            body = body.dropFirst()
        }
        let word = String(decoding: body.map { lower($0) }, as: UTF8.self)
        if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
        if word == "nan" && !signed { return .nan }
        return nil
    }

    enum BinaryFormat {
        case binary32, binary64
        var mantissaBits: Int { self == .binary32 ? 23 : 52 }
        var minExponent: Int { self == .binary32 ? -126 : -1022 }
        var maxExponent: Int { self == .binary32 ? 127 : 1023 }

        func value(bits: UInt64) -> Double {
            self == .binary32 ? Double(Float(bitPattern: UInt32(bits))) : Double(bitPattern: bits)
        }
        var infinity: Double { .infinity }
    }

    /// The exact rational num/den (plus a sticky bit for discarded non-zero input) rounded to
    /// the nearest float, ties to even. Returns the bit pattern and whether it overflowed.
    static func roundRational<N: DigitArithmetic>(_ num: N, _ den: N, sticky inputSticky: Bool, _ format: BinaryFormat) -> (UInt64, Bool) {
        let mantissaBits = format.mantissaBits
        if num.isZero { return (0, false) }
        // Scale so that the integer quotient has mantissaBits+3 or +4 bits.
        let shift = mantissaBits + 3 - (num.bitLength - den.bitLength)
        var n = num, d = den
        if shift > 0 { n.shiftLeft(shift) } else if shift < 0 { d.shiftLeft(-shift) }
        var q: UInt64 = 0
        d.shiftLeft(60)
        for bit in stride(from: 60, through: 0, by: -1) {
            if N.compare(n, d) >= 0 { n.subtract(d); q |= 1 << UInt64(bit) }
            d.shiftRight(1)
        }
        let sticky = inputSticky || !n.isZero
        let qBits = 64 - q.leadingZeroBitCount
        let leadExponent = qBits - 1 - shift              // value in [2^lead, 2^(lead+1))
        var exponent = max(leadExponent, format.minExponent)
        let drop = exponent - mantissaBits + shift        // quotient bits below the last kept bit
        if drop > qBits { return (0, false) }              // below half the smallest denormal
        var mantissa = q >> UInt64(drop)
        let rest = q & ((1 << UInt64(drop)) - 1)
        let half: UInt64 = 1 << UInt64(drop - 1)
        if rest > half || (rest == half && (sticky || mantissa & 1 == 1)) { mantissa += 1 }
        if mantissa == 1 << UInt64(mantissaBits + 1) { mantissa >>= 1; exponent += 1 }
        if exponent > format.maxExponent {
            let infBits: UInt64 = format == .binary32 ? 0x7F80_0000 : 0x7FF0_0000_0000_0000
            return (infBits, true)
        }
        if mantissa < 1 << UInt64(mantissaBits) { return (mantissa, false) }   // denormal
        let bias = format.maxExponent
        let fieldBits = UInt64(exponent + bias) << UInt64(mantissaBits)
        return (fieldBits | (mantissa & ((1 << UInt64(mantissaBits)) - 1)), false)
    }
}

/// The syntax of a Go floating-point literal, read but not yet rounded.
struct FloatLiteral {
    var negative = false
    var isHex = false
    var sawUnderscore = false
    /// Significant digits (ASCII) without leading zeros, at most `maxDigits` of them.
    var digits: [UInt8] = []
    /// Non-zero digits were dropped beyond `maxDigits` (a sticky bit for rounding).
    var truncated = false
    /// Decimal: value = 0.digits × 10^point. Hex: value = mantissa × 2^binaryExponent.
    var point = 0
    var hexMantissa: UInt64 = 0
    var binaryExponent = 0
    /// Bytes consumed.
    var length = 0

    // 800 decimal digits decide the rounding of any binary64 (halfway points have ≤ 767).
    static let maxDecimalDigits = 800

    init?(_ s: [UInt8]) {
        var i = 0
        let n = s.count
        if i < n && (s[i] == UInt8(ascii: "+") || s[i] == UInt8(ascii: "-")) {
            negative = s[i] == UInt8(ascii: "-"); i += 1
        }
        if i + 1 < n && s[i] == UInt8(ascii: "0") && GoStrconv.lower(s[i + 1]) == UInt8(ascii: "x") {
            isHex = true; i += 2
        }
        var sawDot = false, sawDigits = false
        var digitCount = 0          // significant digits seen (including dropped ones)
        var hexDigitsKept = 0
        var dotPosition = 0
        scan: while i < n {
            let c = s[i]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "_"):
                sawUnderscore = true; i += 1; continue
            case UInt8(ascii: "."):
                if sawDot { break scan }
                sawDot = true; dotPosition = digitCount; i += 1; continue
            case 48...57:
                digit = c - 48
            case _ where isHex && GoStrconv.hexValue(c) != nil:
                digit = GoStrconv.hexValue(c)!
            default:
                break scan
            }
            sawDigits = true
            i += 1
            if digit == 0 && digitCount == 0 {
                dotPosition -= sawDot ? 1 : 0   // leading zeros after the point lower the exponent
                if !sawDot { /* leading zero before the point: ignore */ }
                continue
            }
            digitCount += 1
            if isHex {
                if hexDigitsKept < 16 { hexMantissa = hexMantissa << 4 | UInt64(digit); hexDigitsKept += 1 }
                else if digit != 0 { truncated = true }
            } else {
                if digits.count < FloatLiteral.maxDecimalDigits { digits.append(48 + digit) }
                else if digit != 0 { truncated = true }
            }
        }
        if !sawDigits { return nil }
        if !sawDot { dotPosition = digitCount }
        var exponent = 0
        let expChar = isHex ? UInt8(ascii: "p") : UInt8(ascii: "e")
        if i < n && GoStrconv.lower(s[i]) == expChar {
            i += 1
            if i >= n { return nil }
            var sign = 1
            if s[i] == UInt8(ascii: "+") { i += 1 } else if s[i] == UInt8(ascii: "-") { sign = -1; i += 1 }
            if i >= n || s[i] < 48 || s[i] > 57 { return nil }
            var e = 0
            while i < n && ((s[i] >= 48 && s[i] <= 57) || s[i] == UInt8(ascii: "_")) {
                if s[i] == UInt8(ascii: "_") { sawUnderscore = true } else if e < 10000 { e = e * 10 + Int(s[i] - 48) }
                i += 1
            }
            exponent = e * sign
        } else if isHex {
            return nil   // a hexadecimal mantissa requires a 'p' exponent
        }
        if isHex {
            binaryExponent = (dotPosition - hexDigitsKept) * 4 + exponent
        } else {
            point = dotPosition + exponent
        }
        length = i
    }

    func decimalValue(_ format: GoStrconv.BinaryFormat) -> (Double, Bool) {
        if digits.isEmpty { return (0, false) }
        let exp10 = point - digits.count
        if !truncated, let fast = clingerFastPath(exp10, format) { return (fast, false) }
        let overflowPoint = format == .binary32 ? 40 : 310
        let underflowPoint = format == .binary32 ? -47 : -331
        if point >= overflowPoint { return (.infinity, true) }
        if point < underflowPoint { return (0, false) }
        // Up to 19 digits and moderate exponents fit a fixed 256-bit integer: num·2^shift and
        // den·2^(shift+60) stay below 2^250.
        if digits.count <= 19 && exp10 >= -50 && exp10 <= 40 {
            var m: UInt64 = 0
            for d in digits { m = m * 10 + UInt64(d - 48) }
            var num = UInt256(m), den = UInt256(1)
            if exp10 >= 0 { num.multiplyByPow10(exp10) } else { den.multiplyByPow10(-exp10) }
            let (bits, overflow) = GoStrconv.roundRational(num, den, sticky: truncated, format)
            return (format.value(bits: bits), overflow)
        }
        var num = BigUInt(decimalDigits: digits[...])
        var den = BigUInt(1)
        if exp10 >= 0 { num.multiplyByPow10(exp10) } else { den.multiplyByPow10(-exp10) }
        let (bits, overflow) = GoStrconv.roundRational(num, den, sticky: truncated, format)
        return (format.value(bits: bits), overflow)
    }

    /// Exact when the digits fit the significand and the power of ten is exactly representable.
    private func clingerFastPath(_ exp10: Int, _ format: GoStrconv.BinaryFormat) -> Double? {
        guard digits.count <= 19 else { return nil }
        var m: UInt64 = 0
        for d in digits { m = m * 10 + UInt64(d - 48) }
        if format == .binary64 {
            guard m >> 53 == 0 else { return nil }
            var f = Double(m)
            var e = exp10
            if e == 0 { return f }
            if e > 0 && e <= 15 + 22 {
                if e > 22 { f *= FloatLiteral.pow10Double[e - 22]; e = 22 }
                if f > 1e15 { return nil }
                return f * FloatLiteral.pow10Double[e]
            }
            if e < 0 && e >= -22 { return f / FloatLiteral.pow10Double[-e] }
            return nil
        }
        guard m >> 24 == 0 else { return nil }
        var f = Float(m)
        var e = exp10
        if e == 0 { return Double(f) }
        if e > 0 && e <= 7 + 10 {
            if e > 10 { f *= FloatLiteral.pow10Float[e - 10]; e = 10 }
            if f > 1e7 { return nil }
            return Double(f * FloatLiteral.pow10Float[e])
        }
        if e < 0 && e >= -10 { return Double(f / FloatLiteral.pow10Float[-e]) }
        return nil
    }

    static let pow10Double: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { acc, _ in acc * 10 } }
    static let pow10Float: [Float] = (0...10).map { k in (0..<k).reduce(Float(1)) { acc, _ in acc * 10 } }

    func hexValue(_ format: GoStrconv.BinaryFormat) -> (Double, Bool) {
        if hexMantissa == 0 { return (0, false) }
        let top = binaryExponent + (64 - hexMantissa.leadingZeroBitCount)
        if top > format.maxExponent + 2 { return (.infinity, true) }
        if top < format.minExponent - format.mantissaBits - 2 { return (0, false) }
        if binaryExponent >= -120 && binaryExponent <= 60 {
            var num = UInt256(hexMantissa), den = UInt256(1)
            if binaryExponent >= 0 { num.shiftLeft(binaryExponent) } else { den.shiftLeft(-binaryExponent) }
            let (bits, overflow) = GoStrconv.roundRational(num, den, sticky: truncated, format)
            return (format.value(bits: bits), overflow)
        }
        var num = BigUInt(hexMantissa), den = BigUInt(1)
        if binaryExponent >= 0 { num.shiftLeft(binaryExponent) } else { den.shiftLeft(-binaryExponent) }
        let (bits, overflow) = GoStrconv.roundRational(num, den, sticky: truncated, format)
        return (format.value(bits: bits), overflow)
    }
}
