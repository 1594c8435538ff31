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

    static func shortest(_ f: FloatComponents) -> DecimalDigits {
        if f.mantissa == 0 { return DecimalDigits() }
        let e = f.lsbExponent
        // Integers below 2^mantissaBits+1 are their own shortest form: neighbours are ≤ 1 apart.
        if e <= 0 && e > -64 && f.mantissa.trailingZeroBitCount >= -e {
            return integerDigits(f.mantissa >> UInt64(-e))
        }
        let even = f.mantissa & 1 == 0
        // The predecessor is closer when the significand is a power of two (not the minimum exponent).
        let lowerCloser = f.mantissa == 1 << UInt64(f.mantissaBits) && f.exponent > f.minExponent
        var r: BigUInt, s: BigUInt, mPlus: BigUInt, mMinus: BigUInt
        if e >= 0 {
            let be = BigUInt.powerOfTwo(e)
            if lowerCloser {
                r = BigUInt(f.mantissa); r.shiftLeft(e + 2)
                s = BigUInt(4)
                mPlus = be; mPlus.shiftLeft(1)
                mMinus = be
            } else {
                r = BigUInt(f.mantissa); r.shiftLeft(e + 1)
                s = BigUInt(2)
                mPlus = be; mMinus = be
            }
        } else if lowerCloser {
            r = BigUInt(f.mantissa << 2)
            s = BigUInt.powerOfTwo(2 - e)
            mPlus = BigUInt(2); mMinus = BigUInt(1)
        } else {
            r = BigUInt(f.mantissa << 1)
            s = BigUInt.powerOfTwo(1 - e)
            mPlus = BigUInt(1); mMinus = BigUInt(1)
        }
        var k = estimateDecimalExponent(bitLengthExponent: e + (64 - f.mantissa.leadingZeroBitCount))
        if k >= 0 { s.multiplyByPow10(k) } else {
            r.multiplyByPow10(-k); mPlus.multiplyByPow10(-k); mMinus.multiplyByPow10(-k)
        }
        // Fix the estimate so the upper bound is below 10^k (or at it, when bounds are exclusive).
        while true {
            let c = BigUInt.compare(r + mPlus, s)
            if c > 0 || (even && c == 0) { s.multiply(by: 10); k += 1 } else { break }
        }
        var out = DecimalDigits()
        out.decimalPoint = k
        out.digits.reserveCapacity(20)
        while true {
            r.multiply(by: 10); mPlus.multiply(by: 10); mMinus.multiply(by: 10)
            var digit = r.divideSmallQuotient(by: s)
            let cLow = BigUInt.compare(r, mMinus)
            let cHigh = BigUInt.compare(r + mPlus, s)
            let canDown = cLow < 0 || (even && cLow == 0)
            let canUp = cHigh > 0 || (even && cHigh == 0)
            if canDown || canUp {
                if canDown && canUp {
                    // Both neighbours at this length are in range: take the nearer, ties to even.
                    var twice = r; twice.shiftLeft(1)
                    let c = BigUInt.compare(twice, s)
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
        var r = BigUInt(f.mantissa), s = BigUInt(1)
        if e >= 0 { r.shiftLeft(e) } else { s.shiftLeft(-e) }
        var k = estimateDecimalExponent(bitLengthExponent: e + (64 - f.mantissa.leadingZeroBitCount))
        if k >= 0 { s.multiplyByPow10(k) } else { r.multiplyByPow10(-k) }
        while BigUInt.compare(r, s) >= 0 { s.multiply(by: 10); k += 1 }   // now value/10^k < 1
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
            r.multiply(by: 10)
            out.digits.append(48 + r.divideSmallQuotient(by: s))
        }
        // Round on the exact remainder: above half rounds up, exactly half rounds to even.
        var twice = r; twice.shiftLeft(1)
        let c = BigUInt.compare(twice, s)
        let lastOdd = (out.digits.last ?? 48) & 1 == 1
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
