/// The unsigned-integer operations exact decimal digit generation needs. Two conformances:
/// `BigUInt` (any size, heap storage) and `UInt256` (fixed, on the stack) for the common
/// magnitudes, so typical numbers format without allocating.
protocol DigitArithmetic {
    init(_ value: UInt64)
    var isZero: Bool { get }
    mutating func shiftLeft(_ n: Int)
    mutating func multiply(by m: UInt32, adding a: UInt32)
    mutating func multiplyByPow10(_ n: Int)
    mutating func add(_ b: Self)
    mutating func subtract(_ b: Self)
    static func compare(_ a: Self, _ b: Self) -> Int
    mutating func divideSmallQuotient(by divisor: Self) -> UInt8
    var bitLength: Int { get }
    mutating func shiftRight(_ n: Int)
}

extension DigitArithmetic {
    /// Compares a + b with c.
    static func compareSum(_ a: Self, _ b: Self, _ c: Self) -> Int {
        var s = a
        s.add(b)
        return compare(s, c)
    }

    /// Compares 2a with b.
    static func compareDouble(_ a: Self, _ b: Self) -> Int {
        var d = a
        d.shiftLeft(1)
        return compare(d, b)
    }
}

extension BigUInt: DigitArithmetic {}

/// A 256-bit unsigned integer in four little-endian 64-bit limbs. Callers guarantee that
/// results fit (the conversion code checks the magnitude before choosing this type).
struct UInt256: DigitArithmetic {
    var w0: UInt64 = 0, w1: UInt64 = 0, w2: UInt64 = 0, w3: UInt64 = 0

    init(_ value: UInt64) { w0 = value }

    var isZero: Bool { w0 | w1 | w2 | w3 == 0 }

    mutating func shiftLeft(_ n: Int) {
        var n = n
        while n >= 64 { w3 = w2; w2 = w1; w1 = w0; w0 = 0; n -= 64 }
        guard n > 0 else { return }
        let s = UInt64(n), r = UInt64(64 - n)
        w3 = w3 << s | w2 >> r
        w2 = w2 << s | w1 >> r
        w1 = w1 << s | w0 >> r
        w0 = w0 << s
    }

    mutating func multiply(by m: UInt32, adding a: UInt32 = 0) {
        let mm = UInt64(m)
        var carry = UInt64(a)
        func step(_ w: inout UInt64) {
            let p = w.multipliedFullWidth(by: mm)
            let (lo, o) = p.low.addingReportingOverflow(carry)
            w = lo
            carry = p.high &+ (o ? 1 : 0)
        }
        step(&w0); step(&w1); step(&w2); step(&w3)
    }

    mutating func multiplyByPow10(_ n: Int) {
        var n = n
        while n >= 9 { multiply(by: 1_000_000_000); n -= 9 }
        if n > 0 { multiply(by: BigUInt.smallPow10[n]) }
    }

    mutating func add(_ b: UInt256) {
        var c = false
        func step(_ w: inout UInt64, _ x: UInt64) {
            let (s1, o1) = w.addingReportingOverflow(x)
            let (s2, o2) = s1.addingReportingOverflow(c ? 1 : 0)
            w = s2
            c = o1 || o2
        }
        step(&w0, b.w0); step(&w1, b.w1); step(&w2, b.w2); step(&w3, b.w3)
    }

    mutating func subtract(_ b: UInt256) {
        var borrow = false
        func step(_ w: inout UInt64, _ x: UInt64) {
            let (d1, o1) = w.subtractingReportingOverflow(x)
            let (d2, o2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            w = d2
            borrow = o1 || o2
        }
        step(&w0, b.w0); step(&w1, b.w1); step(&w2, b.w2); step(&w3, b.w3)
    }

    static func compare(_ a: UInt256, _ b: UInt256) -> Int {
        if a.w3 != b.w3 { return a.w3 < b.w3 ? -1 : 1 }
        if a.w2 != b.w2 { return a.w2 < b.w2 ? -1 : 1 }
        if a.w1 != b.w1 { return a.w1 < b.w1 ? -1 : 1 }
        if a.w0 != b.w0 { return a.w0 < b.w0 ? -1 : 1 }
        return 0
    }

    var bitLength: Int {
        if w3 != 0 { return 256 - w3.leadingZeroBitCount }
        if w2 != 0 { return 192 - w2.leadingZeroBitCount }
        if w1 != 0 { return 128 - w1.leadingZeroBitCount }
        return 64 - w0.leadingZeroBitCount
    }

    mutating func shiftRight(_ n: Int) {
        var n = n
        while n >= 64 { w0 = w1; w1 = w2; w2 = w3; w3 = 0; n -= 64 }
        guard n > 0 else { return }
        let s = UInt64(n), l = UInt64(64 - n)
        w0 = w0 >> s | w1 << l
        w1 = w1 >> s | w2 << l
        w2 = w2 >> s | w3 << l
        w3 = w3 >> s
    }

    mutating func divideSmallQuotient(by divisor: UInt256) -> UInt8 {
        var q: UInt8 = 0
        while UInt256.compare(self, divisor) >= 0 {
            subtract(divisor)
            q += 1
        }
        return q
    }
}
