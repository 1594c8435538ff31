/// The wording gc (types2) uses for constant errors, so the checker reports them exactly
/// as `go build` does.
public enum ConstantDiagnostics {
    /// An operand as types2 prints it: `300 (untyped int constant)`,
    /// `x (untyped int constant 300)`, `c + 1 (constant 256 of type uint8)`.
    public static func operand(_ expression: String, value: ConstantValue, type: GoType,
                               formatter: TypeFormatter = .checker) -> String {
        let valueText = value.description
        let shownValue = valueText == expression ? "" : " " + valueText
        if type.isUntyped, case .basic(let kind) = type.kind {
            return "\(expression) (\(kind.name) constant\(shownValue))"
        }
        return "\(expression) (constant\(shownValue) of type \(formatter.string(type)))"
    }

    /// "cannot use 300 (untyped int constant) as int8 value in assignment (overflows)".
    /// `context` is gc's: "assignment", "variable declaration", "argument to f", "return statement".
    public static func cannotUse(_ expression: String, value: ConstantValue, type: GoType, as target: GoType,
                                 context: String, formatter: TypeFormatter = .checker) -> String {
        var message = "cannot use \(operand(expression, value: value, type: type, formatter: formatter))"
            + " as \(formatter.string(target)) value in \(context)"
        if let source = type.basicKind, let destination = target.basicKind,
           let word = ConstantValue.representationFailure(from: source, to: destination).word {
            message += " (\(word))"
        }
        return message
    }

    /// The message for a failed constant conversion `T(x)`:
    /// "constant 256 overflows byte" (integer to integer) or
    /// "cannot convert 1.5 (untyped float constant) to type int".
    public static func cannotConvert(_ expression: String, value: ConstantValue, type: GoType, to target: GoType,
                                     formatter: TypeFormatter = .checker) -> String {
        let source = type.basicKind, destination = target.basicKind
        if let s = source, let d = destination, s.isInteger, d.isInteger {
            return "constant \(value) overflows \(formatter.string(target))"
        }
        // types2 gives no cause here (unlike assignments, which add "(truncated)").
        return "cannot convert \(operand(expression, value: value, type: type, formatter: formatter)) to type \(formatter.string(target))"
    }

    /// A typed constant expression whose value leaves its type:
    /// "c + 1 (constant 256 of type uint8) overflows uint8", or "... truncated to int".
    public static func typedOverflow(_ expression: String, value: ConstantValue, type: GoType,
                                     formatter: TypeFormatter = .checker) -> String {
        let described = operand(expression, value: value, type: type, formatter: formatter)
        let target = formatter.string(type)
        if case .int = value.toInt() {
            return "\(described) overflows \(target)"
        }
        if let kind = type.basicKind, kind.isInteger {
            return "\(described) truncated to \(target)"
        }
        return "\(described) overflows \(target)"
    }

    public static let divisionByZero = "invalid operation: division by zero"

    /// Untyped integer constants may not grow beyond this many bits (gc's limit).
    public static let untypedIntegerBits = 512

    /// "constant multiplication overflow" for an untyped integer result beyond the limit;
    /// nil when the value is within it.
    public static func untypedOverflow(_ value: ConstantValue, operator op: Token?) -> String? {
        guard case .int(let i) = value, i.bitLength > untypedIntegerBits else { return nil }
        let name: String
        switch op {
        case .add?: name = "addition "
        case .sub?: name = "subtraction "
        case .mul?: name = "multiplication "
        case .shl?: name = "shift "
        default: name = ""
        }
        return "constant \(name)overflow"
    }

    /// Largest shift count gc accepts for constant shifts ("invalid shift count").
    public static let maxShiftCount = 1023 - 1 + 52
}
