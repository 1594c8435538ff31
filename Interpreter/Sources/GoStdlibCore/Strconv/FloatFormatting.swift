/// Go's `strconv.FormatFloat` / `AppendFloat` for the formats 'b', 'e', 'E', 'f', 'g', 'G',
/// 'x', 'X'; precision −1 means the shortest representation that reads back exactly.
extension GoStrconv {
    public static func formatFloat(_ value: Double, format: UInt8, precision: Int, bitSize: Int) -> String {
        var out: [UInt8] = []
        appendFloat(&out, value, format: format, precision: precision, bitSize: bitSize)
        return String(decoding: out, as: UTF8.self)
    }

    public static func formatFloat(_ value: Double, _ format: Character, _ precision: Int, _ bitSize: Int) -> String {
        formatFloat(value, format: format.asciiValue ?? 0, precision: precision, bitSize: bitSize)
    }

    public static func appendFloat(_ out: inout [UInt8], _ value: Double, format: UInt8, precision: Int, bitSize: Int) {
        let f = FloatComponents(value, bitSize: bitSize)
        switch f.kind {
        case .nan: out.append(contentsOf: "NaN".utf8); return
        case .infinity: out.append(contentsOf: (f.negative ? "-Inf" : "+Inf").utf8); return
        case .finite: break
        }
        switch format {
        case UInt8(ascii: "b"): appendBinaryExponent(&out, f); return
        case UInt8(ascii: "x"), UInt8(ascii: "X"): appendHex(&out, f, precision: precision, upper: format == UInt8(ascii: "X")); return
        case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "f"), UInt8(ascii: "g"), UInt8(ascii: "G"): break
        default:
            out.append(UInt8(ascii: "%")); out.append(format); return
        }
        var prec = precision
        let shortest = prec < 0
        let digits: DecimalDigits
        if shortest {
            digits = DecimalConversion.shortest(f)
            switch format {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): prec = max(digits.count - 1, 0)
            case UInt8(ascii: "f"): prec = max(digits.count - digits.decimalPoint, 0)
            default: prec = digits.count
            }
        } else {
            switch format {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): digits = DecimalConversion.fixed(f, .significant(prec + 1))
            case UInt8(ascii: "f"): digits = DecimalConversion.fixed(f, .fraction(prec))
            default:
                if prec == 0 { prec = 1 }
                digits = DecimalConversion.fixed(f, .significant(prec))
            }
        }
        appendDigits(&out, f.negative, digits, precision: prec, format: format, shortest: shortest)
    }

    static func appendDigits(_ out: inout [UInt8], _ negative: Bool, _ d: DecimalDigits, precision: Int, format: UInt8, shortest: Bool) {
        switch format {
        case UInt8(ascii: "e"), UInt8(ascii: "E"):
            appendExponential(&out, negative, d, precision: precision, e: format)
        case UInt8(ascii: "f"):
            appendPlain(&out, negative, d, precision: precision)
        default:
            // %e is used when the exponent is < -4 or >= the precision; for the shortest
            // form the decision uses precision 6, like C's default.
            var eprec = precision
            if eprec > d.count && d.count >= d.decimalPoint { eprec = d.count }
            if shortest { eprec = 6 }
            let exp = d.decimalPoint - 1
            if exp < -4 || exp >= eprec {
                let p = min(precision, d.count)
                appendExponential(&out, negative, d, precision: p - 1, e: format == UInt8(ascii: "g") ? UInt8(ascii: "e") : UInt8(ascii: "E"))
            } else {
                let p = precision > d.decimalPoint ? d.count : precision
                appendPlain(&out, negative, d, precision: max(p - d.decimalPoint, 0))
            }
        }
    }

    /// d.ddddde±dd
    static func appendExponential(_ out: inout [UInt8], _ negative: Bool, _ d: DecimalDigits, precision: Int, e: UInt8) {
        if negative { out.append(UInt8(ascii: "-")) }
        out.append(d.count > 0 ? d.digits[0] : UInt8(ascii: "0"))
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            var i = 1
            let m = min(d.count, precision + 1)
            while i < m { out.append(d.digits[i]); i += 1 }
            while i <= precision { out.append(UInt8(ascii: "0")); i += 1 }
        }
        out.append(e)
        var exp = d.count == 0 ? 0 : d.decimalPoint - 1
        if exp < 0 { out.append(UInt8(ascii: "-")); exp = -exp } else { out.append(UInt8(ascii: "+")) }
        if exp < 10 {
            out.append(UInt8(ascii: "0")); out.append(UInt8(48 + exp))
        } else if exp < 100 {
            out.append(UInt8(48 + exp / 10)); out.append(UInt8(48 + exp % 10))
        } else {
            out.append(UInt8(48 + exp / 100)); out.append(UInt8(48 + exp / 10 % 10)); out.append(UInt8(48 + exp % 10))
        }
    }

    /// ddd.ddd
    static func appendPlain(_ out: inout [UInt8], _ negative: Bool, _ d: DecimalDigits, precision: Int) {
        if negative { out.append(UInt8(ascii: "-")) }
        if d.decimalPoint > 0 {
            let m = min(d.count, d.decimalPoint)
            out.append(contentsOf: d.digits[0..<m])
            if m < d.decimalPoint { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: d.decimalPoint - m)) }
        } else {
            out.append(UInt8(ascii: "0"))
        }
        if precision > 0 {
            out.append(UInt8(ascii: "."))
            for i in 1...precision {
                let j = d.decimalPoint + i - 1
                out.append(j >= 0 && j < d.count ? d.digits[j] : UInt8(ascii: "0"))
            }
        }
    }

    /// mantissa p exponent, e.g. 4503599627370496p-52
    static func appendBinaryExponent(_ out: inout [UInt8], _ f: FloatComponents) {
        if f.negative { out.append(UInt8(ascii: "-")) }
        appendUint(&out, f.mantissa, base: 10)
        out.append(UInt8(ascii: "p"))
        let exp = f.lsbExponent
        if exp >= 0 { out.append(UInt8(ascii: "+")) }
        appendInt(&out, Int64(exp), base: 10)
    }

    /// -0x1.yyyyp±dd, with the leading digit 1 (or 0 for zero) and at least two exponent digits.
    static func appendHex(_ out: inout [UInt8], _ f: FloatComponents, precision: Int, upper: Bool) {
        var mant = f.mantissa
        var exp = mant == 0 ? 0 : f.exponent
        // Put the leading 1 at bit 60 so every following 4-bit group is one hex digit.
        mant <<= UInt64(60 - f.mantissaBits)
        while mant != 0 && mant & (1 << 60) == 0 { mant <<= 1; exp -= 1 }
        if precision >= 0 && precision < 15 {
            let shift = UInt64(precision * 4)
            let extra = (mant << shift) & ((1 << 60) - 1)
            mant >>= 60 - shift
            // Round half to even on the dropped bits.
            if extra > 1 << 59 || (extra == 1 << 59 && mant & 1 == 1) { mant += 1 }
            mant <<= 60 - shift
            if mant & (1 << 61) != 0 { mant >>= 1; exp += 1 }
        }
        let hexDigits = upper ? GoStrconv.upperHex : GoStrconv.lowerHex
        if f.negative { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "0"))
        out.append(upper ? UInt8(ascii: "X") : UInt8(ascii: "x"))
        out.append(UInt8(48 + (mant >> 60) & 1))
        mant <<= 4
        if precision < 0 && mant != 0 {
            out.append(UInt8(ascii: "."))
            while mant != 0 { out.append(hexDigits[Int(mant >> 60) & 15]); mant <<= 4 }
        } else if precision > 0 {
            out.append(UInt8(ascii: "."))
            for _ in 0..<precision { out.append(hexDigits[Int(mant >> 60) & 15]); mant <<= 4 }
        }
        out.append(upper ? UInt8(ascii: "P") : UInt8(ascii: "p"))
        if exp < 0 { out.append(UInt8(ascii: "-")); exp = -exp } else { out.append(UInt8(ascii: "+")) }
        if exp < 10 { out.append(UInt8(ascii: "0")) }
        appendUint(&out, UInt64(exp), base: 10)
    }
}
