/// Correct rounding of exact values to IEEE binary formats, the way a Go compiler rounds
/// constants: straight from the exact value to the target precision (ties to even), so
/// float32 constants are not double-rounded through float64.
enum BinaryRounding {
    struct Format {
        let precision: Int       // significand bits including the implicit one
        let minExponent: Int     // exponent of the smallest normal number
        let maxExponent: Int     // exponent of the largest finite number
        static let float64 = Format(precision: 53, minExponent: -1022, maxExponent: 1023)
        static let float32 = Format(precision: 24, minExponent: -126, maxExponent: 127)
    }

    /// The rounded value (exactly representable in `format`, returned as a Double),
    /// or nil when it overflows to infinity.
    static func round(_ value: BigRational, format: Format) -> Double? {
        if value.isZero { return 0 }
        let negative = value.signum < 0
        let n = value.numerator.absolute, d = value.denominator
        // Scale so the integer quotient has at least precision + 2 bits.
        let scale = format.precision + 2 - (n.bitLength - d.bitLength)
        let scaledN = scale >= 0 ? n.shiftedLeft(scale) : n
        let scaledD = scale >= 0 ? d : d.shiftedLeft(-scale)
        let (q, r) = scaledN.quotientAndRemainder(dividingBy: scaledD)!
        let qBits = q.bitLength
        // value ≈ q · 2^-scale, and lies in [2^e, 2^(e+1)).
        let e = qBits - 1 - scale
        let available = e >= format.minExponent ? format.precision : format.precision - (format.minExponent - e)
        let drop = qBits - available
        var kept = q.shiftedRight(drop)
        let halfBit = drop >= 1 && bit(q, drop - 1)
        let sticky = !r.isZero || (drop >= 2 && Magnitude.hasBitsBelow(q.magnitude, drop - 1))
        if halfBit && (sticky || kept.isOdd) { kept += .one }
        let exponent = drop - scale
        guard let significand = kept.uint64Value else { return nil }
        // Largest finite value check: significand · 2^exponent < 2^(maxExponent + 1).
        if significand != 0 && Magnitude.bitLength(Magnitude.from(significand)) + exponent - 1 > format.maxExponent {
            return nil
        }
        let magnitude = Double(sign: .plus, exponent: exponent, significand: Double(significand))
        return negative ? -magnitude : magnitude
    }

    private static func bit(_ x: BigInt, _ index: Int) -> Bool {
        let limb = index / 32
        guard limb < x.magnitude.count else { return false }
        return x.magnitude[limb] >> UInt32(index % 32) & 1 == 1
    }

    /// Rounds a Double to float32 precision (nil on overflow).
    static func roundToFloat32(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        guard let exact = BigRational(exactly: value) else { return nil }
        return round(exact, format: .float32)
    }
}
