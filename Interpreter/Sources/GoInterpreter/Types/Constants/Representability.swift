/// Whether a constant fits a basic type, and its value once it does (floats are rounded
/// to the type's precision). Follows the Go spec's "Representability" section.
extension ConstantValue {
    /// The value converted to `kind`, or nil when not representable.
    public func rounded(to kind: BasicKind) -> ConstantValue? {
        if case .unknown = self { return self }
        if kind.isInteger {
            guard case .int(let i) = toInt() else { return nil }
            if kind.isUntyped { return .int(i) }
            let (minimum, maximum) = IntegerRange.bounds(of: kind)
            return i >= minimum && i <= maximum ? .int(i) : nil
        }
        if kind.isFloat {
            let real = toFloat()
            switch kind {
            case .untypedFloat: return real.kind == .float ? real : nil
            case .float64: return real.roundedBinary(.float64)
            case .float32: return real.roundedBinary(.float32)
            default: return nil
            }
        }
        if kind.isComplex {
            guard case .complex(let re, let im) = toComplex() else { return nil }
            if kind == .untypedComplex { return .complex(real: re.toFloat(), imaginary: im.toFloat()) }
            let format: BinaryRounding.Format = kind == .complex64 ? .float32 : .float64
            guard let r = re.toFloat().roundedBinary(format), let i = im.toFloat().roundedBinary(format) else { return nil }
            return .complex(real: r, imaginary: i)
        }
        if kind.isString { return self.kind == .string ? self : nil }
        if kind.isBoolean { return self.kind == .bool ? self : nil }
        return nil
    }

    public func isRepresentable(as kind: BasicKind) -> Bool { rounded(to: kind) != nil }

    private func roundedBinary(_ format: BinaryRounding.Format) -> ConstantValue? {
        switch self {
        case .rational(let r):
            return BinaryRounding.round(r, format: format).flatMap { ConstantValue.double($0) }
        case .float(let d):
            guard d.isFinite else { return nil }
            if format.precision == 53 { return self }
            return BinaryRounding.roundToFloat32(d).flatMap { ConstantValue.double($0) }
        default:
            return nil
        }
    }

    /// How gc words a failed numeric representation: a non-integer source converted to an
    /// integer type is "truncated", anything else "overflows" (decided by types, not values).
    public static func representationFailure(from source: BasicKind, to target: BasicKind) -> RepresentationFailure {
        guard source.isNumeric && target.isNumeric else { return .mismatch }
        return !source.isInteger && target.isInteger ? .truncated : .overflows
    }

    /// The value of the constant conversion `T(x)` for a basic target type, including
    /// integer → string (a rune's UTF-8, U+FFFD when invalid). Nil when not convertible.
    public func converted(to kind: BasicKind, from source: BasicKind) -> ConstantValue? {
        if kind.isString && source.isInteger {
            guard case .int(let i) = self else { return nil }
            if let v = i.int64Value, v >= 0, v <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(v)) {
                return .string(String(scalar))
            }
            return .string("\u{FFFD}")
        }
        return rounded(to: kind)
    }
}

public enum RepresentationFailure: Sendable, Equatable {
    case overflows, truncated, mismatch

    /// The parenthesized word gc appends to "cannot use …" ("overflows", "truncated").
    public var word: String? {
        switch self {
        case .overflows: return "overflows"
        case .truncated: return "truncated"
        case .mismatch: return nil
        }
    }
}

/// The value range of the sized integer types.
enum IntegerRange {
    static func bounds(of kind: BasicKind) -> (BigInt, BigInt) {
        let bits = kind.integerBits
        if kind.isUnsigned { return (.zero, BigInt.powerOfTwo(bits) - .one) }
        return (BigInt.powerOfTwo(bits - 1).negated, BigInt.powerOfTwo(bits - 1) - .one)
    }
}
