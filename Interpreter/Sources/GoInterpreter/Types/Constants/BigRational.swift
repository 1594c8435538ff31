/// An exact fraction for untyped floating-point constants (`0.1` stays exactly 1/10).
/// Always reduced, with a positive denominator.
public struct BigRational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: BigInt
    public let denominator: BigInt

    public init(_ numerator: BigInt, _ denominator: BigInt = .one) {
        precondition(!denominator.isZero, "zero denominator")
        var n = numerator, d = denominator
        if d.isNegative {
            n = n.negated
            d = d.negated
        }
        let g = BigInt.greatestCommonDivisor(n, d)
        if !(g == .one) && !g.isZero {
            n = n / g
            d = d / g
        }
        self.numerator = n
        self.denominator = d
    }

    /// The exact value of a finite Double; nil for infinities and NaN.
    public init?(exactly value: Double) {
        guard value.isFinite else { return nil }
        if value == 0 {
            self.init(.zero)
            return
        }
        let significand = BigInt(UInt64(value.significandBitPattern) | (value.isNormal ? 1 << 52 : 0))
        let exponent = Int(value.isNormal ? value.exponent : Double.leastNormalMagnitude.exponent) - 52
        let signed = value < 0 ? significand.negated : significand
        if exponent >= 0 {
            self.init(signed.shiftedLeft(exponent))
        } else {
            self.init(signed, BigInt.powerOfTwo(-exponent))
        }
    }

    public var isInteger: Bool { denominator == .one }
    public var isZero: Bool { numerator.isZero }
    public var signum: Int { numerator.signum }
    public var negated: BigRational { BigRational(numerator.negated, denominator) }

    /// Bits in numerator and denominator: the cost of further exact arithmetic.
    var bitSize: Int { max(numerator.bitLength, denominator.bitLength) }

    public static func + (a: BigRational, b: BigRational) -> BigRational {
        BigRational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static func - (a: BigRational, b: BigRational) -> BigRational { a + b.negated }

    public static func * (a: BigRational, b: BigRational) -> BigRational {
        BigRational(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// Nil for division by zero.
    public func divided(by b: BigRational) -> BigRational? {
        guard !b.isZero else { return nil }
        return BigRational(numerator * b.denominator, denominator * b.numerator)
    }

    public static func < (a: BigRational, b: BigRational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Truncated toward zero.
    public var truncatedInteger: BigInt { numerator / denominator }

    public var description: String { isInteger ? numerator.description : "\(numerator)/\(denominator)" }

    /// Nearest Double (ties to even), or ±infinity beyond the range.
    public var doubleValue: Double {
        BinaryRounding.round(self, format: .float64) ?? (signum < 0 ? -.infinity : .infinity)
    }
}
