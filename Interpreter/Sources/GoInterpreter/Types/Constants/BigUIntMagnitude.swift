/// Unsigned arbitrary-precision arithmetic on little-endian 32-bit limbs without
/// trailing zero limbs (zero is the empty array). `BigInt` adds the sign on top.
enum Magnitude {
    typealias Limbs = [UInt32]

    static func normalize(_ limbs: inout Limbs) {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    static func from(_ value: UInt64) -> Limbs {
        var limbs: Limbs = [UInt32(truncatingIfNeeded: value), UInt32(truncatingIfNeeded: value >> 32)]
        normalize(&limbs)
        return limbs
    }

    static func compare(_ a: Limbs, _ b: Limbs) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func add(_ a: Limbs, _ b: Limbs) -> Limbs {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var result = Limbs()
        result.reserveCapacity(long.count + 1)
        var carry: UInt64 = 0
        for i in 0..<long.count {
            let sum = UInt64(long[i]) + (i < short.count ? UInt64(short[i]) : 0) + carry
            result.append(UInt32(truncatingIfNeeded: sum))
            carry = sum >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return result
    }

    /// `a - b`; requires `a >= b`.
    static func subtract(_ a: Limbs, _ b: Limbs) -> Limbs {
        var result = Limbs()
        result.reserveCapacity(a.count)
        var borrow: Int64 = 0
        for i in 0..<a.count {
            var difference = Int64(a[i]) - borrow - (i < b.count ? Int64(b[i]) : 0)
            if difference < 0 {
                difference += 1 << 32
                borrow = 1
            } else {
                borrow = 0
            }
            result.append(UInt32(truncatingIfNeeded: difference))
        }
        precondition(borrow == 0, "magnitude subtraction underflow")
        normalize(&result)
        return result
    }

    static func multiply(_ a: Limbs, _ b: Limbs) -> Limbs {
        if a.isEmpty || b.isEmpty { return [] }
        var result = Limbs(repeating: 0, count: a.count + b.count)
        for i in 0..<a.count {
            var carry: UInt64 = 0
            let ai = UInt64(a[i])
            if ai == 0 { continue }
            for j in 0..<b.count {
                let t = ai * UInt64(b[j]) + UInt64(result[i + j]) + carry
                result[i + j] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
            result[i + b.count] = UInt32(carry)
        }
        normalize(&result)
        return result
    }

    /// Multiplies by a small factor and adds a small addend in place (used by parsing).
    static func multiplyAdd(_ a: inout Limbs, _ factor: UInt32, _ addend: UInt32) {
        var carry = UInt64(addend)
        for i in 0..<a.count {
            let t = UInt64(a[i]) * UInt64(factor) + carry
            a[i] = UInt32(truncatingIfNeeded: t)
            carry = t >> 32
        }
        if carry != 0 { a.append(UInt32(carry)) }
        normalize(&a)
    }

    /// Divides in place by a small divisor; returns the remainder.
    static func divideSmall(_ a: inout Limbs, _ divisor: UInt32) -> UInt32 {
        var remainder: UInt64 = 0
        var i = a.count - 1
        while i >= 0 {
            let current = remainder << 32 | UInt64(a[i])
            a[i] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
            i -= 1
        }
        normalize(&a)
        return UInt32(remainder)
    }

    static func shiftLeft(_ a: Limbs, _ bits: Int) -> Limbs {
        if a.isEmpty { return a }
        let limbShift = bits / 32, bitShift = bits % 32
        var result = Limbs(repeating: 0, count: limbShift)
        result.reserveCapacity(limbShift + a.count + 1)
        if bitShift == 0 {
            result.append(contentsOf: a)
        } else {
            var carry: UInt32 = 0
            for limb in a {
                result.append(limb << UInt32(bitShift) | carry)
                carry = limb >> UInt32(32 - bitShift)
            }
            if carry != 0 { result.append(carry) }
        }
        return result
    }

    static func shiftRight(_ a: Limbs, _ bits: Int) -> Limbs {
        let limbShift = bits / 32, bitShift = bits % 32
        if limbShift >= a.count { return [] }
        var result = Limbs(a[limbShift...])
        if bitShift != 0 {
            for i in 0..<result.count {
                let high = i + 1 < result.count ? result[i + 1] << UInt32(32 - bitShift) : 0
                result[i] = result[i] >> UInt32(bitShift) | high
            }
        }
        normalize(&result)
        return result
    }

    /// Whether any of the lowest `bits` bits is set (the part `shiftRight` drops).
    static func hasBitsBelow(_ a: Limbs, _ bits: Int) -> Bool {
        let full = min(bits / 32, a.count)
        for i in 0..<full where a[i] != 0 { return true }
        if full < a.count, bits % 32 != 0 {
            return a[full] & ((1 << UInt32(bits % 32)) - 1) != 0
        }
        return false
    }

    static func bitLength(_ a: Limbs) -> Int {
        guard let last = a.last else { return 0 }
        return (a.count - 1) * 32 + (32 - last.leadingZeroBitCount)
    }

    /// Truncated division: `(a / b, a % b)`; `b` must not be zero.
    static func divide(_ a: Limbs, _ b: Limbs) -> (quotient: Limbs, remainder: Limbs) {
        precondition(!b.isEmpty, "division by zero")
        if compare(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            var q = a
            let r = divideSmall(&q, b[0])
            return (q, r == 0 ? [] : [r])
        }
        // Knuth, TAOCP vol. 2, 4.3.1, algorithm D, with a normalized divisor.
        let shift = b.last!.leadingZeroBitCount
        let v = shiftLeft(b, shift)
        var u = shiftLeft(a, shift)
        if u.count == a.count { u.append(0) }
        if u.count < a.count + 1 { u.append(0) }
        let n = v.count, m = u.count - n - 1
        var q = Limbs(repeating: 0, count: m + 1)
        let base: UInt64 = 1 << 32
        let vTop = UInt64(v[n - 1]), vNext = UInt64(v[n - 2])
        var j = m
        while j >= 0 {
            let numerator = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
            var qHat = numerator / vTop
            var rHat = numerator % vTop
            while qHat >= base || qHat * vNext > (rHat << 32 | UInt64(u[j + n - 2])) {
                qHat -= 1
                rHat += vTop
                if rHat >= base { break }
            }
            var borrow: Int64 = 0
            var carry: UInt64 = 0
            for i in 0..<n {
                let product = qHat * UInt64(v[i]) + carry
                carry = product >> 32
                let t = Int64(u[i + j]) - borrow - Int64(product & 0xFFFF_FFFF)
                u[i + j] = UInt32(truncatingIfNeeded: t)
                borrow = t < 0 ? 1 : 0
            }
            let top = Int64(u[j + n]) - borrow - Int64(carry)
            u[j + n] = UInt32(truncatingIfNeeded: top)
            if top < 0 {
                // qHat was one too large: add the divisor back.
                qHat -= 1
                var addCarry: UInt64 = 0
                for i in 0..<n {
                    let s = UInt64(u[i + j]) + UInt64(v[i]) + addCarry
                    u[i + j] = UInt32(truncatingIfNeeded: s)
                    addCarry = s >> 32
                }
                u[j + n] = UInt32(truncatingIfNeeded: UInt64(u[j + n]) + addCarry)
            }
            q[j] = UInt32(truncatingIfNeeded: qHat)
            j -= 1
        }
        normalize(&q)
        var remainder = Limbs(u[0..<n])
        normalize(&remainder)
        return (q, shiftRight(remainder, shift))
    }
}
