/// The exact value of a Go constant. Integers are unbounded, untyped floats are exact
/// fractions (falling back to Double only beyond `BigRational` size limits, like
/// go/constant falls back to big.Float), complex values are pairs of those.
/// Derived `==` compares representations; use `ConstantValue.compare` for numeric equality.
public indirect enum ConstantValue: Sendable, Hashable, CustomStringConvertible {
    /// The result of an invalid operation; propagates silently so one error is reported once.
    case unknown
    case bool(Bool)
    /// Go strings are byte sequences and may hold invalid UTF-8.
    case string([UInt8])
    case int(BigInt)
    case rational(BigRational)
    /// An inexact float, for values whose fraction would grow too large.
    case float(Double)
    /// Both parts are `.int`, `.rational` or `.float`.
    case complex(real: ConstantValue, imaginary: ConstantValue)

    public enum Kind: Sendable, Hashable { case unknown, bool, string, int, float, complex }

    public var kind: Kind {
        switch self {
        case .unknown: return .unknown
        case .bool: return .bool
        case .string: return .string
        case .int: return .int
        case .rational, .float: return .float
        case .complex: return .complex
        }
    }

    /// Size beyond which exact fractions give way to Double (go/constant uses the same bound).
    static let maxExactBits = 4096

    // MARK: Making values

    public static func integer(_ value: Int64) -> ConstantValue { .int(BigInt(value)) }
    public static func uint(_ value: UInt64) -> ConstantValue { .int(BigInt(value)) }
    public static func string(_ text: String) -> ConstantValue { .string(Array(text.utf8)) }

    /// A float constant from an exact fraction, normalized (integral values stay fractions
    /// of kind float; only the representation is chosen here).
    static func float(_ r: BigRational) -> ConstantValue {
        r.bitSize > maxExactBits ? .float(r.doubleValue) : .rational(r)
    }

    /// A float constant from a Double (exact when finite).
    public static func double(_ value: Double) -> ConstantValue {
        if let exact = BigRational(exactly: value) { return .rational(exact) }
        return .float(value)
    }

    public static func complex(_ real: ConstantValue, _ imaginary: ConstantValue) -> ConstantValue {
        .complex(real: real.toFloatOrInt, imaginary: imaginary.toFloatOrInt)
    }

    // MARK: Reading values

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var stringBytes: [UInt8]? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The string, with invalid UTF-8 replaced (for display; use `stringBytes` for values).
    public var stringValue: String? { stringBytes.map { String(decoding: $0, as: UTF8.self) } }

    public var bigIntValue: BigInt? {
        if case .int(let i) = toInt() { return i }
        return nil
    }

    /// The value as an Int64 when it is an integer in range.
    public var int64Value: Int64? { bigIntValue?.int64Value }
    public var uint64Value: UInt64? { bigIntValue?.uint64Value }

    /// The nearest Double of a real numeric value.
    public var doubleValue: Double? {
        switch self {
        case .int(let i): return BigRational(i).doubleValue
        case .rational(let r): return r.doubleValue
        case .float(let d): return d
        case .complex(let re, let im):
            return im.signum == 0 ? re.doubleValue : nil
        default: return nil
        }
    }

    /// An integer constant as the evaluator's 64-bit register: two's complement bits, so
    /// a uint64 above Int64.max keeps its bit pattern. Only meaningful once the value has
    /// been checked representable in its type.
    public var integerRegister: Int64? { bigIntValue.map { Int64(bitPattern: $0.truncatedBits) } }

    /// A complex constant as a pair of Doubles (real values have a zero imaginary part).
    public var complexValue: (real: Double, imaginary: Double)? {
        guard isNumeric, let re = real.doubleValue, let im = imaginary.doubleValue else { return nil }
        return (re, im)
    }

    public var real: ConstantValue {
        switch self {
        case .complex(let re, _): return re
        case .int, .rational, .float: return self
        default: return .unknown
        }
    }

    public var imaginary: ConstantValue {
        switch self {
        case .complex(_, let im): return im
        case .int, .rational, .float: return .int(.zero)
        default: return .unknown
        }
    }

    /// -1, 0 or 1 for real numbers; for complex values, 0 only when both parts are 0.
    public var signum: Int {
        switch self {
        case .int(let i): return i.signum
        case .rational(let r): return r.signum
        case .float(let d): return d < 0 ? -1 : (d > 0 ? 1 : 0)
        case .complex(let re, let im): return re.signum == 0 && im.signum == 0 ? 0 : 1
        default: return 0
        }
    }

    public var isNumeric: Bool {
        switch kind {
        case .int, .float, .complex: return true
        default: return false
        }
    }

    // MARK: Changing representation (go/constant ToInt, ToFloat, ToComplex)

    /// The value as an integer when it has an exact integral value, else `.unknown`.
    public func toInt() -> ConstantValue {
        switch self {
        case .int: return self
        case .rational(let r): return r.isInteger ? .int(r.numerator) : .unknown
        case .float(let d):
            guard d.isFinite, d == d.rounded(.towardZero), let r = BigRational(exactly: d) else { return .unknown }
            return .int(r.numerator)
        case .complex(let re, let im):
            return im.signum == 0 ? re.toInt() : .unknown
        default: return .unknown
        }
    }

    /// The value as a float (`.rational` or `.float`), else `.unknown`.
    public func toFloat() -> ConstantValue {
        switch self {
        case .int(let i): return .rational(BigRational(i))
        case .rational, .float: return self
        case .complex(let re, let im): return im.signum == 0 ? re.toFloat() : .unknown
        default: return .unknown
        }
    }

    public func toComplex() -> ConstantValue {
        switch self {
        case .int, .rational, .float: return .complex(real: self, imaginary: .int(.zero))
        case .complex: return self
        default: return .unknown
        }
    }

    /// Real parts are kept as int or float; anything else becomes unknown.
    private var toFloatOrInt: ConstantValue {
        switch self {
        case .int, .rational, .float: return self
        default: return .unknown
        }
    }

    /// The exact fraction of a real value (nil for inexact infinities).
    var rationalValue: BigRational? {
        switch self {
        case .int(let i): return BigRational(i)
        case .rational(let r): return r
        case .float(let d): return BigRational(exactly: d)
        default: return nil
        }
    }

    public var description: String { ConstantFormatting.string(self) }
}
