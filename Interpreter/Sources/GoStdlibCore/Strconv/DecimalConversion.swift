/// Exact binary → decimal digit generation (Steele & White / Burger & Dybvig with bignums).
///
/// `shortest` yields the fewest digits that read back as the same float, and among those the
/// one closest to the exact value (ties to even) — the same output as Go's Ryū and its
/// multi-precision fallback. `fixed` yields correctly rounded digits (round half to even on the
/// exact binary value), which is what Go prints for explicit precisions.
enum DecimalConversion {
    /// Estimate of ⌈log10(v)⌉ for v in [2^(bits−1), 2^bits); never too large.
    private static func estimateDecimalExponent(bitLengthExponent: Int) -> Int {
        Int((Double(bitLengthExponent - 1) * 0.30102999566398114 - 1e-9).rounded(.up))
    }

    /// Whether every intermediate of the digit loops fits in 256 bits: s·10 and r + m⁺ stay
    /// below about 2^(bits of the larger operand + 5).
    private static func fitsInUInt256(lsbExponent e: Int, decimalExponent k: Int) -> Bool {
        let sBits = (e >= 0 ? 3 : 3 - e) + (k > 0 ? (k * 10 + 2) / 3 + 1 : 0)
        let rBits = 58 + max(e, 0) + (k < 0 ? (-k * 10 + 2) / 3 + 1 : 0)
        return max(sBits, rBits) + 8 < 256
    }

    static func shortest(_ f: FloatComponents) -> DecimalDigits {
        if f.mantissa == 0 { return DecimalDigits() }
        let e = f.lsbExponent
        // Integers below 2^(mantissaBits+1) are their own shortest form: neighbours are ≤ 1 apart.
        if e <= 0 && e > -64 && f.mantissa.trailingZeroBitCount >= -e {
            return integerDigits(f.mantissa >> UInt64(-e))
        }
        let k = estimateDecimalExponent(bitLengthExponent: e + (64 - f.mantissa.leadingZeroBitCount))
        if fitsInUInt256(lsbExponent: e, decimalExponent: k + 1) {
            return shortest(f, estimate: k, as: UInt256.self)
        }
        return shortest(f, estimate: k, as: BigUInt.self)
    }

    private static func shortest<N: DigitArithmetic>(_ f: FloatComponents, estimate: Int, as: N.Type) -> DecimalDigits {
        let e = f.lsbExponent
        let even = f.mantissa & 1 == 0
        // The predecessor is closer when the significand is a power of two (not the minimum exponent).
        let lowerCloser = f.mantissa == 1 << UInt64(f.mantissaBits) && f.exponent > f.minExponent
        // v = r/s, upper bound − v = m⁺/s, v − lower bound = m⁻/s.
        var r = N(f.mantissa), s = N(1), mPlus = N(1), mMinus = N(1)
        if e >= 0 {
            r.shiftLeft(e + (lowerCloser ? 2 : 1))
            s = N(lowerCloser ? 4 : 2)
            mPlus.shiftLeft(e + (lowerCloser ? 1 : 0))
            mMinus.shiftLeft(e)
        } else {
            r.shiftLeft(lowerCloser ? 2 : 1)
            s.shiftLeft((lowerCloser ? 2 : 1) - e)
            if lowerCloser { mPlus = N(2) }
        }
        var k = estimate
        if k >= 0 { s.multiplyByPow10(k) } else {
            r.multiplyByPow10(-k); mPlus.multiplyByPow10(-k); mMinus.multiplyByPow10(-k)
        }
        // Fix the estimate so the upper bound is below 10^k (or at it, when bounds are exclusive).
        while true {
            let c = N.compareSum(r, mPlus, s)
            if c > 0 || (even && c == 0) { s.multiply(by: 10, adding: 0); k += 1 } else { break }
        }
        var out = DecimalDigits()
        out.decimalPoint = k
        out.digits.reserveCapacity(20)
        while true {
            r.multiply(by: 10, adding: 0); mPlus.multiply(by: 10, adding: 0); mMinus.multiply(by: 10, adding: 0)
            var digit = r.divideSmallQuotient(by: s)
            let cLow = N.compare(r, mMinus)
            let cHigh = N.compareSum(r, mPlus, s)
            let canDown = cLow < 0 || (even && cLow == 0)
            let canUp = cHigh > 0 || (even && cHigh == 0)
            if canDown || canUp {
                if canDown && canUp {
                    // Both neighbours at this length are in range: take the nearer, ties to even.
                    let c = N.compareDouble(r, s)
                    if c > 0 || (c == 0 && digit & 1 == 1) { digit += 1 }
                } else if canUp {
                    digit += 1
                }
                out.digits.append(48 + digit)
                break
            }
            out.digits.append(48 + digit)
        }
        out.trimTrailingZeros()
        return out
    }

    private static func integerDigits(_ v: UInt64) -> DecimalDigits {
        var tmp: [UInt8] = []
        var v = v
        while v > 0 { tmp.append(UInt8(48 + v % 10)); v /= 10 }
        var out = DecimalDigits()
        out.decimalPoint = tmp.count
        out.digits = tmp.reversed()
        out.trimTrailingZeros()
        return out
    }

    /// The exact value rounded (half to even) to digits down to the decimal position selected
    /// by `digitCount`: `.significant(n)` keeps n significant digits, `.fraction(n)` keeps n
    /// digits after the decimal point.
    enum Precision { case significant(Int), fraction(Int) }

    static func fixed(_ f: FloatComponents, _ precision: Precision) -> DecimalDigits {
        if f.mantissa == 0 { return DecimalDigits() }
        let e = f.lsbExponent
        let k = estimateDecimalExponent(bitLengthExponent: e + (64 - f.mantissa.leadingZeroBitCount))
        if fitsInUInt256(lsbExponent: e, decimalExponent: k + 1) {
            return fixed(f, precision, estimate: k, as: UInt256.self)
        }
        return fixed(f, precision, estimate: k, as: BigUInt.self)
    }

    private static func fixed<N: DigitArithmetic>(_ f: FloatComponents, _ precision: Precision, estimate: Int, as: N.Type) -> DecimalDigits {
        let e = f.lsbExponent
        var r = N(f.mantissa), s = N(1)
        if e >= 0 { r.shiftLeft(e) } else { s.shiftLeft(-e) }
        var k = estimate
        if k >= 0 { s.multiplyByPow10(k) } else { r.multiplyByPow10(-k) }
        while N.compare(r, s) >= 0 { s.multiply(by: 10, adding: 0); k += 1 }   // now value/10^k < 1
        let wanted: Int
        switch precision {
        case .significant(let n): wanted = n
        case .fraction(let n): wanted = k + n
        }
        var out = DecimalDigits()
        out.decimalPoint = k
        if wanted < 0 { return DecimalDigits() }
        out.digits.reserveCapacity(wanted + 1)
        for _ in 0..<wanted {
            r.multiply(by: 10, adding: 0)
            out.digits.append(48 + r.divideSmallQuotient(by: s))
            // An exact expansion ends early: the remaining digits are zeros.
            if r.isZero { break }
        }
        // Round on the exact remainder: above half rounds up, exactly half rounds to even.
        let c = N.compareDouble(r, s)
        let lastOdd = out.digits.count == wanted && (out.digits.last ?? 48) & 1 == 1
        if c > 0 || (c == 0 && lastOdd) { roundUp(&out) }
        out.trimTrailingZeros()
        return out
    }

    private static func roundUp(_ d: inout DecimalDigits) {
        var i = d.digits.count - 1
        while i >= 0 {
            if d.digits[i] < UInt8(ascii: "9") {
                d.digits[i] += 1
                d.digits.removeSubrange((i + 1)...)
                return
            }
            i -= 1
        }
        // All nines (or no digits at all): the value becomes 10^decimalPoint.
        d.digits = [UInt8(ascii: "1")]
        d.decimalPoint += 1
    }
}
