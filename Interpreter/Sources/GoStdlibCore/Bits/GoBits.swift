/// Go's `math/bits`: counts, rotations, reversals and full-width arithmetic with carries.
/// Swift's fixed-width integer operations already are these; this names them the Go way and
/// keeps Go's edge cases (e.g. `Len(0) == 0`, `Div` panics).
public enum GoBits {
    public static let uintSize = 64

    public static func leadingZeros64(_ x: UInt64) -> Int { x.leadingZeroBitCount }
    public static func leadingZeros32(_ x: UInt32) -> Int { x.leadingZeroBitCount }
    public static func leadingZeros16(_ x: UInt16) -> Int { x.leadingZeroBitCount }
    public static func leadingZeros8(_ x: UInt8) -> Int { x.leadingZeroBitCount }

    public static func trailingZeros64(_ x: UInt64) -> Int { x.trailingZeroBitCount }
    public static func trailingZeros32(_ x: UInt32) -> Int { x.trailingZeroBitCount }
    public static func trailingZeros16(_ x: UInt16) -> Int { x.trailingZeroBitCount }
    public static func trailingZeros8(_ x: UInt8) -> Int { x.trailingZeroBitCount }

    public static func onesCount64(_ x: UInt64) -> Int { x.nonzeroBitCount }
    public static func onesCount32(_ x: UInt32) -> Int { x.nonzeroBitCount }
    public static func onesCount16(_ x: UInt16) -> Int { x.nonzeroBitCount }
    public static func onesCount8(_ x: UInt8) -> Int { x.nonzeroBitCount }

    /// Minimum bits to represent x (0 for 0).
    public static func len64(_ x: UInt64) -> Int { 64 - x.leadingZeroBitCount }
    public static func len32(_ x: UInt32) -> Int { 32 - x.leadingZeroBitCount }
    public static func len16(_ x: UInt16) -> Int { 16 - x.leadingZeroBitCount }
    public static func len8(_ x: UInt8) -> Int { 8 - x.leadingZeroBitCount }

    /// Rotates left by k bits; negative k rotates right.
    public static func rotateLeft64(_ x: UInt64, _ k: Int) -> UInt64 {
        let s = UInt64(k & 63)
        return x << s | x >> ((64 - s) & 63)
    }
    public static func rotateLeft32(_ x: UInt32, _ k: Int) -> UInt32 {
        let s = UInt32(k & 31)
        return x << s | x >> ((32 - s) & 31)
    }
    public static func rotateLeft16(_ x: UInt16, _ k: Int) -> UInt16 {
        let s = UInt16(k & 15)
        return x << s | x >> ((16 - s) & 15)
    }
    public static func rotateLeft8(_ x: UInt8, _ k: Int) -> UInt8 {
        let s = UInt8(k & 7)
        return x << s | x >> ((8 - s) & 7)
    }

    public static func reverse64(_ x: UInt64) -> UInt64 {
        var v = x
        v = (v >> 1) & 0x5555_5555_5555_5555 | (v & 0x5555_5555_5555_5555) << 1
        v = (v >> 2) & 0x3333_3333_3333_3333 | (v & 0x3333_3333_3333_3333) << 2
        v = (v >> 4) & 0x0F0F_0F0F_0F0F_0F0F | (v & 0x0F0F_0F0F_0F0F_0F0F) << 4
        return v.byteSwapped
    }
    public static func reverse32(_ x: UInt32) -> UInt32 { UInt32(reverse64(UInt64(x)) >> 32) }
    public static func reverse16(_ x: UInt16) -> UInt16 { UInt16(reverse64(UInt64(x)) >> 48) }
    public static func reverse8(_ x: UInt8) -> UInt8 { UInt8(reverse64(UInt64(x)) >> 56) }

    public static func reverseBytes64(_ x: UInt64) -> UInt64 { x.byteSwapped }
    public static func reverseBytes32(_ x: UInt32) -> UInt32 { x.byteSwapped }
    public static func reverseBytes16(_ x: UInt16) -> UInt16 { x.byteSwapped }

    /// x + y + carry (carry must be 0 or 1); carryOut is 0 or 1.
    public static func add64(_ x: UInt64, _ y: UInt64, _ carry: UInt64) -> (sum: UInt64, carryOut: UInt64) {
        let (s1, c1) = x.addingReportingOverflow(y)
        let (s2, c2) = s1.addingReportingOverflow(carry)
        return (s2, (c1 || c2) ? 1 : 0)
    }
    public static func add32(_ x: UInt32, _ y: UInt32, _ carry: UInt32) -> (sum: UInt32, carryOut: UInt32) {
        let s = UInt64(x) + UInt64(y) + UInt64(carry)
        return (UInt32(truncatingIfNeeded: s), UInt32(s >> 32))
    }

    /// x − y − borrow (borrow must be 0 or 1); borrowOut is 0 or 1.
    public static func sub64(_ x: UInt64, _ y: UInt64, _ borrow: UInt64) -> (diff: UInt64, borrowOut: UInt64) {
        let (d1, b1) = x.subtractingReportingOverflow(y)
        let (d2, b2) = d1.subtractingReportingOverflow(borrow)
        return (d2, (b1 || b2) ? 1 : 0)
    }
    public static func sub32(_ x: UInt32, _ y: UInt32, _ borrow: UInt32) -> (diff: UInt32, borrowOut: UInt32) {
        let d = UInt64(x) &- UInt64(y) &- UInt64(borrow)
        return (UInt32(truncatingIfNeeded: d), UInt32(d >> 63))
    }

    /// The 128-bit product of x and y as (hi, lo).
    public static func mul64(_ x: UInt64, _ y: UInt64) -> (hi: UInt64, lo: UInt64) {
        let r = x.multipliedFullWidth(by: y)
        return (r.high, r.low)
    }
    public static func mul32(_ x: UInt32, _ y: UInt32) -> (hi: UInt32, lo: UInt32) {
        let p = UInt64(x) * UInt64(y)
        return (UInt32(p >> 32), UInt32(truncatingIfNeeded: p))
    }

    /// (hi, lo) / y; Go panics on division by zero and on quotient overflow (y <= hi).
    public static func div64(_ hi: UInt64, _ lo: UInt64, _ y: UInt64) throws(GoPanic) -> (quo: UInt64, rem: UInt64) {
        if y == 0 { throw GoPanic("runtime error: integer divide by zero") }
        if y <= hi { throw GoPanic("runtime error: integer overflow") }
        let r = y.dividingFullWidth((high: hi, low: lo))
        return (r.quotient, r.remainder)
    }
    public static func div32(_ hi: UInt32, _ lo: UInt32, _ y: UInt32) throws(GoPanic) -> (quo: UInt32, rem: UInt32) {
        if y == 0 { throw GoPanic("runtime error: integer divide by zero") }
        if y <= hi { throw GoPanic("runtime error: integer overflow") }
        let n = UInt64(hi) << 32 | UInt64(lo)
        return (UInt32(n / UInt64(y)), UInt32(n % UInt64(y)))
    }

    /// Remainder of (hi, lo) / y; unlike Div it does not panic when the quotient overflows.
    public static func rem64(_ hi: UInt64, _ lo: UInt64, _ y: UInt64) throws(GoPanic) -> UInt64 {
        if y == 0 { throw GoPanic("runtime error: integer divide by zero") }
        return y.dividingFullWidth((high: hi % y, low: lo)).remainder
    }
}
