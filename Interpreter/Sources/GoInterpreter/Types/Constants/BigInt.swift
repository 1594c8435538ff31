/// An arbitrary-precision signed integer for untyped constant arithmetic.
/// Sign and magnitude; zero is never negative, so derived equality is numeric equality.
public struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible {
    public private(set) var isNegative: Bool
    var magnitude: Magnitude.Limbs

    init(negative: Bool, magnitude: Magnitude.Limbs) {
        var limbs = magnitude
        Magnitude.normalize(&limbs)
        self.magnitude = limbs
        self.isNegative = negative && !limbs.isEmpty
    }

    public init(_ value: Int64) {
        self.init(negative: value < 0, magnitude: Magnitude.from(value.magnitude))
    }

    public init(_ value: Int) { self.init(Int64(value)) }

    public init(_ value: UInt64) {
        self.init(negative: false, magnitude: Magnitude.from(value))
    }

    public static let zero = BigInt(negative: false, magnitude: [])
    public static let one = BigInt(1)

    public var isZero: Bool { magnitude.isEmpty }
    /// -1, 0 or 1.
    public var signum: Int { isZero ? 0 : (isNegative ? -1 : 1) }
    /// Bits needed for the magnitude (Go's `big.Int.BitLen`).
    public var bitLength: Int { Magnitude.bitLength(magnitude) }
    public var isOdd: Bool { (magnitude.first ?? 0) & 1 == 1 }

    /// The value as an Int64, or nil when out of range.
    public var int64Value: Int64? {
        guard magnitude.count <= 2 else { return nil }
        let m = magnitude.count == 0 ? 0 : UInt64(magnitude[0]) | (magnitude.count > 1 ? UInt64(magnitude[1]) << 32 : 0)
        if isNegative {
            if m <= UInt64(Int64.max) { return -Int64(m) }
            return m == UInt64(Int64.max) + 1 ? Int64.min : nil
        }
        return m <= UInt64(Int64.max) ? Int64(m) : nil
    }

    /// The value as a UInt64, or nil when negative or too large.
    public var uint64Value: UInt64? {
        guard !isNegative, magnitude.count <= 2 else { return nil }
        return magnitude.count == 0 ? 0 : UInt64(magnitude[0]) | (magnitude.count > 1 ? UInt64(magnitude[1]) << 32 : 0)
    }

    /// The low 64 bits in two's complement (what a wrapping conversion keeps).
    public var truncatedBits: UInt64 {
        let low = magnitude.count == 0 ? 0 : UInt64(magnitude[0]) | (magnitude.count > 1 ? UInt64(magnitude[1]) << 32 : 0)
        return isNegative ? (~low &+ 1) : low
    }

    public var negated: BigInt { BigInt(negative: !isNegative, magnitude: magnitude) }
    public var absolute: BigInt { BigInt(negative: false, magnitude: magnitude) }

    // MARK: Comparison

    public static func < (lhs: BigInt, rhs: BigInt) -> Bool { compare(lhs, rhs) < 0 }

    /// -1, 0 or 1.
    public static func compare(_ a: BigInt, _ b: BigInt) -> Int {
        if a.isNegative != b.isNegative { return a.isNegative ? -1 : 1 }
        let c = Magnitude.compare(a.magnitude, b.magnitude)
        return a.isNegative ? -c : c
    }

    // MARK: Arithmetic

    public static func + (a: BigInt, b: BigInt) -> BigInt {
        if a.isNegative == b.isNegative {
            return BigInt(negative: a.isNegative, magnitude: Magnitude.add(a.magnitude, b.magnitude))
        }
        if Magnitude.compare(a.magnitude, b.magnitude) >= 0 {
            return BigInt(negative: a.isNegative, magnitude: Magnitude.subtract(a.magnitude, b.magnitude))
        }
        return BigInt(negative: b.isNegative, magnitude: Magnitude.subtract(b.magnitude, a.magnitude))
    }

    public static prefix func - (a: BigInt) -> BigInt { a.negated }
    public static func - (a: BigInt, b: BigInt) -> BigInt { a + b.negated }

    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.isNegative != b.isNegative, magnitude: Magnitude.multiply(a.magnitude, b.magnitude))
    }

    /// Go's `/` and `%` on integers: the quotient truncated toward zero and the remainder
    /// with the sign of the dividend. Returns nil for division by zero.
    public func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        guard !divisor.isZero else { return nil }
        let (q, r) = Magnitude.divide(magnitude, divisor.magnitude)
        return (BigInt(negative: isNegative != divisor.isNegative, magnitude: q), BigInt(negative: isNegative, magnitude: r))
    }

    /// Truncated quotient; traps on zero (check `isZero` first).
    public static func / (a: BigInt, b: BigInt) -> BigInt { a.quotientAndRemainder(dividingBy: b)!.quotient }
    /// Remainder with the dividend's sign; traps on zero.
    public static func % (a: BigInt, b: BigInt) -> BigInt { a.quotientAndRemainder(dividingBy: b)!.remainder }

    public static func += (a: inout BigInt, b: BigInt) { a = a + b }
    public static func -= (a: inout BigInt, b: BigInt) { a = a - b }
    public static func *= (a: inout BigInt, b: BigInt) { a = a * b }

    /// `self << n`.
    public func shiftedLeft(_ n: Int) -> BigInt {
        BigInt(negative: isNegative, magnitude: Magnitude.shiftLeft(magnitude, n))
    }

    /// `self >> n` as Go defines it for signed integers: an arithmetic shift (rounds toward
    /// minus infinity), so `-5 >> 1 == -3`.
    public func shiftedRight(_ n: Int) -> BigInt {
        let shifted = Magnitude.shiftRight(magnitude, n)
        if isNegative && Magnitude.hasBitsBelow(magnitude, n) {
            return BigInt(negative: true, magnitude: Magnitude.add(shifted, [1]))
        }
        return BigInt(negative: isNegative, magnitude: shifted)
    }

    public static func << (a: BigInt, n: Int) -> BigInt { a.shiftedLeft(n) }
    public static func >> (a: BigInt, n: Int) -> BigInt { a.shiftedRight(n) }

    /// `2^n`.
    public static func powerOfTwo(_ n: Int) -> BigInt { BigInt.one.shiftedLeft(n) }

    public func power(_ exponent: Int) -> BigInt {
        var result = BigInt.one, base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result *= base }
            e >>= 1
            if e > 0 { base *= base }
        }
        return result
    }

    public static func greatestCommonDivisor(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude, y = b.magnitude
        while !y.isEmpty {
            let r = Magnitude.divide(x, y).remainder
            x = y
            y = r
        }
        return BigInt(negative: false, magnitude: x)
    }

    // MARK: Bitwise (infinite two's complement, as Go's math/big)

    public static func & (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 & $1 } }
    public static func | (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 | $1 } }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b) { $0 ^ $1 } }
    /// Go's `&^` (and not).
    public func andNot(_ b: BigInt) -> BigInt { BigInt.bitwise(self, b) { $0 & ~$1 } }
    /// Go's unary `^x` on an untyped integer: `-x - 1`.
    public var bitwiseComplement: BigInt { negated - BigInt.one }

    private static func bitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt32, UInt32) -> UInt32) -> BigInt {
        let width = max(a.magnitude.count, b.magnitude.count) + 1
        let x = a.twosComplement(width: width), y = b.twosComplement(width: width)
        var limbs = Magnitude.Limbs(repeating: 0, count: width)
        for i in 0..<width { limbs[i] = op(x[i], y[i]) }
        return fromTwosComplement(limbs)
    }

    private func twosComplement(width: Int) -> Magnitude.Limbs {
        var limbs = magnitude + Magnitude.Limbs(repeating: 0, count: width - magnitude.count)
        if isNegative {
            var carry: UInt64 = 1
            for i in 0..<width {
                let t = UInt64(~limbs[i]) + carry
                limbs[i] = UInt32(truncatingIfNeeded: t)
                carry = t >> 32
            }
        }
        return limbs
    }

    private static func fromTwosComplement(_ limbs: Magnitude.Limbs) -> BigInt {
        guard let top = limbs.last, top & 0x8000_0000 != 0 else { return BigInt(negative: false, magnitude: limbs) }
        var negated = limbs
        var carry: UInt64 = 1
        for i in 0..<negated.count {
            let t = UInt64(~negated[i]) + carry
            negated[i] = UInt32(truncatingIfNeeded: t)
            carry = t >> 32
        }
        return BigInt(negative: true, magnitude: negated)
    }

    // MARK: Text

    public var description: String { toString(radix: 10) }

    public func toString(radix: Int = 10) -> String {
        precondition((2...36).contains(radix))
        if isZero { return "0" }
        // Peel off chunks of several digits per division.
        var chunkDigits = 1
        var chunkDivisor = UInt32(radix)
        while UInt64(chunkDivisor) * UInt64(radix) <= UInt64(UInt32.max) {
            chunkDivisor *= UInt32(radix)
            chunkDigits += 1
        }
        var chunks: [UInt32] = []
        var rest = magnitude
        while !rest.isEmpty { chunks.append(Magnitude.divideSmall(&rest, chunkDivisor)) }
        var text = isNegative ? "-" : ""
        text += String(chunks.last!, radix: radix)
        for chunk in chunks.dropLast().reversed() {
            let digits = String(chunk, radix: radix)
            text += String(repeating: "0", count: chunkDigits - digits.count) + digits
        }
        return text
    }

    /// Parses digits in `radix` with an optional leading sign; `_` separators are skipped.
    public init?(_ text: some StringProtocol, radix: Int = 10) {
        var scalars = Substring(text).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, first == "-" || first == "+" {
            negative = first == "-"
            scalars = scalars.dropFirst()
        }
        guard !scalars.isEmpty else { return nil }
        var limbs: Magnitude.Limbs = []
        var sawDigit = false
        for scalar in scalars {
            if scalar == "_" { continue }
            guard let digit = BigInt.digitValue(scalar), digit < radix else { return nil }
            Magnitude.multiplyAdd(&limbs, UInt32(radix), UInt32(digit))
            sawDigit = true
        }
        guard sawDigit else { return nil }
        self.init(negative: negative, magnitude: limbs)
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x61...0x7A: return Int(scalar.value - 0x61 + 10)
        case 0x41...0x5A: return Int(scalar.value - 0x41 + 10)
        default: return nil
        }
    }
}

extension BigInt: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self.init(value) }
}
