/// A minimal arbitrary-precision unsigned integer for exact float conversions.
///
/// Only the operations the Steele–White / Burger–Dybvig digit generation and correctly rounded
/// parsing need: small multiplies, shifts, add/subtract, compare. Limbs are little-endian
/// `UInt32` so products fit in `UInt64` without intrinsics.
struct BigUInt: Comparable {
    private(set) var limbs: [UInt32]   // no trailing zero limbs; zero is []

    init(_ value: UInt64 = 0) {
        limbs = []
        if value != 0 {
            limbs.reserveCapacity(4)
            limbs.append(UInt32(truncatingIfNeeded: value))
            if value >> 32 != 0 { limbs.append(UInt32(value >> 32)) }
        }
    }

    /// Decimal digits (ASCII '0'...'9') as an integer.
    init(decimalDigits digits: ArraySlice<UInt8>) {
        self.init()
        var chunk: UInt32 = 0, chunkLen = 0
        for d in digits {
            chunk = chunk * 10 + UInt32(d - 48)
            chunkLen += 1
            if chunkLen == 9 {
                multiply(by: 1_000_000_000, adding: chunk)
                chunk = 0; chunkLen = 0
            }
        }
        if chunkLen > 0 { multiply(by: BigUInt.smallPow10[chunkLen], adding: chunk) }
    }

    static let smallPow10: [UInt32] = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000]

    var isZero: Bool { limbs.isEmpty }

    var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return (limbs.count - 1) * 32 + (32 - top.leadingZeroBitCount)
    }

    /// The low 64 bits (callers use it once the value is known to fit).
    var low64: UInt64 {
        var v: UInt64 = 0
        if limbs.count > 0 { v = UInt64(limbs[0]) }
        if limbs.count > 1 { v |= UInt64(limbs[1]) << 32 }
        return v
    }

    private mutating func normalize() {
        while let last = limbs.last, last == 0 { limbs.removeLast() }
    }

    /// self = self * m + a
    mutating func multiply(by m: UInt32, adding a: UInt32 = 0) {
        var carry = UInt64(a)
        for i in limbs.indices {
            let p = UInt64(limbs[i]) * UInt64(m) + carry
            limbs[i] = UInt32(truncatingIfNeeded: p)
            carry = p >> 32
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
        normalize()
    }

    mutating func multiplyByPow10(_ n: Int) {
        var n = n
        while n >= 9 { multiply(by: 1_000_000_000); n -= 9 }
        if n > 0 { multiply(by: BigUInt.smallPow10[n]) }
    }

    mutating func shiftLeft(_ n: Int) {
        guard n > 0, !isZero else { return }
        let words = n / 32, bits = n % 32
        if bits != 0 {
            var carry: UInt32 = 0
            for i in limbs.indices {
                let v = limbs[i]
                limbs[i] = v << UInt32(bits) | carry
                carry = v >> UInt32(32 - bits)
            }
            if carry != 0 { limbs.append(carry) }
        }
        if words > 0 { limbs.insert(contentsOf: repeatElement(0, count: words), at: 0) }
    }

    mutating func shiftRight(_ n: Int) {
        guard n > 0 else { return }
        let words = n / 32, bits = n % 32
        if words >= limbs.count { limbs = []; return }
        limbs.removeFirst(words)
        if bits != 0 {
            for i in limbs.indices {
                var v = limbs[i] >> UInt32(bits)
                if i + 1 < limbs.count { v |= limbs[i + 1] << UInt32(32 - bits) }
                limbs[i] = v
            }
        }
        normalize()
    }

    static func + (a: BigUInt, b: BigUInt) -> BigUInt {
        var r = a
        r.add(b)
        return r
    }

    mutating func add(_ b: BigUInt) {
        if limbs.count < b.limbs.count { limbs.append(contentsOf: repeatElement(0, count: b.limbs.count - limbs.count)) }
        var carry: UInt64 = 0
        for i in limbs.indices {
            let s = UInt64(limbs[i]) + (i < b.limbs.count ? UInt64(b.limbs[i]) : 0) + carry
            limbs[i] = UInt32(truncatingIfNeeded: s)
            carry = s >> 32
            if carry == 0 && i >= b.limbs.count { break }
        }
        if carry != 0 { limbs.append(UInt32(carry)) }
    }

    /// self -= b; requires self >= b.
    mutating func subtract(_ b: BigUInt) {
        var borrow: Int64 = 0
        for i in limbs.indices {
            var d = Int64(limbs[i]) - (i < b.limbs.count ? Int64(b.limbs[i]) : 0) - borrow
            if d < 0 { d += 1 << 32; borrow = 1 } else { borrow = 0 }
            limbs[i] = UInt32(d)
            if borrow == 0 && i >= b.limbs.count { break }
        }
        normalize()
    }

    static func compare(_ a: BigUInt, _ b: BigUInt) -> Int {
        if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count ? -1 : 1 }
        var i = a.limbs.count - 1
        while i >= 0 {
            if a.limbs[i] != b.limbs[i] { return a.limbs[i] < b.limbs[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    static func < (a: BigUInt, b: BigUInt) -> Bool { compare(a, b) < 0 }

    /// Quotient digit 0...9 of self / divisor, leaving the remainder in self.
    /// Requires self < 10 * divisor.
    mutating func divideSmallQuotient(by divisor: BigUInt) -> UInt8 {
        var q: UInt8 = 0
        while BigUInt.compare(self, divisor) >= 0 {
            subtract(divisor)
            q += 1
        }
        return q
    }

    static func powerOfTwo(_ n: Int) -> BigUInt {
        var r = BigUInt(1)
        r.shiftLeft(n)
        return r
    }
}
