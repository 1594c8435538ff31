/// The predeclared basic types, including the untyped kinds that only constants
/// (and the results of comparisons) have.
public enum BasicKind: UInt8, Sendable, Hashable, CaseIterable {
    case invalid
    case bool
    case int, int8, int16, int32, int64
    case uint, uint8, uint16, uint32, uint64, uintptr
    case float32, float64
    case complex64, complex128
    case string
    case untypedBool, untypedInt, untypedRune, untypedFloat, untypedComplex, untypedString, untypedNil

    /// The spelling Go uses for the kind (`untyped int`, `float64`, …).
    public var name: String {
        switch self {
        case .invalid: return "invalid type"
        case .bool: return "bool"
        case .int: return "int"
        case .int8: return "int8"
        case .int16: return "int16"
        case .int32: return "int32"
        case .int64: return "int64"
        case .uint: return "uint"
        case .uint8: return "uint8"
        case .uint16: return "uint16"
        case .uint32: return "uint32"
        case .uint64: return "uint64"
        case .uintptr: return "uintptr"
        case .float32: return "float32"
        case .float64: return "float64"
        case .complex64: return "complex64"
        case .complex128: return "complex128"
        case .string: return "string"
        case .untypedBool: return "untyped bool"
        case .untypedInt: return "untyped int"
        case .untypedRune: return "untyped rune"
        case .untypedFloat: return "untyped float"
        case .untypedComplex: return "untyped complex"
        case .untypedString: return "untyped string"
        case .untypedNil: return "untyped nil"
        }
    }

    public var isUntyped: Bool { rawValue >= BasicKind.untypedBool.rawValue }
    public var isBoolean: Bool { self == .bool || self == .untypedBool }
    public var isString: Bool { self == .string || self == .untypedString }

    public var isInteger: Bool {
        switch self {
        case .int, .int8, .int16, .int32, .int64,
             .uint, .uint8, .uint16, .uint32, .uint64, .uintptr,
             .untypedInt, .untypedRune:
            return true
        default: return false
        }
    }

    public var isUnsigned: Bool {
        switch self {
        case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr: return true
        default: return false
        }
    }

    public var isFloat: Bool { self == .float32 || self == .float64 || self == .untypedFloat }
    public var isComplex: Bool { self == .complex64 || self == .complex128 || self == .untypedComplex }
    public var isNumeric: Bool { isInteger || isFloat || isComplex }
    /// Ordered by `<`: integers, floats and strings.
    public var isOrdered: Bool { isInteger || isFloat || isString }
    /// Kinds a constant may have (everything but nil and invalid).
    public var isConstantKind: Bool { isBoolean || isString || isNumeric }

    /// Size in bytes on the 64-bit target; 0 for untyped kinds.
    public var size: Int {
        switch self {
        case .bool, .int8, .uint8: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .int, .int64, .uint, .uint64, .uintptr, .float64, .complex64: return 8
        case .complex128, .string: return 16
        default: return 0
        }
    }

    /// Bit width of a sized integer kind (0 for others).
    public var integerBits: Int { isInteger && !isUntyped ? size * 8 : 0 }

    /// For mixing untyped numeric constants: the result of `1 + 'a'` is untyped rune,
    /// of `'a' + 1.0` untyped float (int < rune < float < complex).
    public static func largerUntyped(_ a: BasicKind, _ b: BasicKind) -> BasicKind {
        func rank(_ k: BasicKind) -> Int {
            switch k {
            case .untypedInt: return 1
            case .untypedRune: return 2
            case .untypedFloat: return 3
            case .untypedComplex: return 4
            default: return 0
            }
        }
        return rank(a) >= rank(b) ? a : b
    }

    /// The type an untyped value takes when the context gives none.
    public var defaultKind: BasicKind {
        switch self {
        case .untypedBool: return .bool
        case .untypedInt: return .int
        case .untypedRune: return .int32
        case .untypedFloat: return .float64
        case .untypedComplex: return .complex128
        case .untypedString: return .string
        default: return self
        }
    }
}
