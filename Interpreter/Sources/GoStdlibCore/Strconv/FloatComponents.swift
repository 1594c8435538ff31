/// An IEEE-754 binary32 or binary64 value taken apart the way Go's `strconv` views it.
struct FloatComponents {
    enum Kind { case finite, infinity, nan }

    let kind: Kind
    let negative: Bool
    /// Significand including the hidden bit for normal numbers.
    let mantissa: UInt64
    /// Unbiased exponent as Go's `genericFtoa` uses it: value = mantissa × 2^(exponent − mantissaBits).
    let exponent: Int
    let mantissaBits: Int
    /// Smallest `exponent` (that of denormals and of the smallest normal numbers).
    let minExponent: Int

    init(_ value: Double, bitSize: Int) {
        let raw: UInt64, expBits: Int
        if bitSize == 32 {
            raw = UInt64(Float(value).bitPattern)
            mantissaBits = 23; expBits = 8
        } else {
            raw = value.bitPattern
            mantissaBits = 52; expBits = 11
        }
        let bias = (1 << (expBits - 1)) - 1
        negative = raw >> UInt64(mantissaBits + expBits) != 0
        let fraction = raw & ((1 << UInt64(mantissaBits)) - 1)
        let field = Int(raw >> UInt64(mantissaBits)) & ((1 << expBits) - 1)
        minExponent = 1 - bias
        if field == (1 << expBits) - 1 {
            kind = fraction == 0 ? .infinity : .nan
            mantissa = fraction; exponent = 0
        } else if field == 0 {
            kind = .finite
            mantissa = fraction; exponent = 1 - bias
        } else {
            kind = .finite
            mantissa = fraction | (1 << UInt64(mantissaBits)); exponent = field - bias
        }
    }

    /// Binary exponent of the significand's last bit.
    var lsbExponent: Int { exponent - mantissaBits }
}

/// Decimal digits of a number: value = 0.d₁d₂…dₙ × 10^decimalPoint, with no trailing zeros
/// (Go's `decimalSlice`). Zero has no digits.
struct DecimalDigits {
    var digits: [UInt8] = []
    var decimalPoint = 0

    var count: Int { digits.count }

    mutating func trimTrailingZeros() {
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        if digits.isEmpty { decimalPoint = 0 }
    }
}
