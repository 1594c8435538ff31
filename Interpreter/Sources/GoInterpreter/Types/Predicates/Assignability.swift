/// The outcome of an assignability check (spec "Assignability").
public enum AssignabilityResult: Sendable, Equatable {
    case assignable
    /// An untyped constant that does not fit the target: gc appends " (overflows)" or " (truncated)".
    case notRepresentable(RepresentationFailure)
    /// gc appends ": " + explanation when there is one
    /// ("T does not implement I (missing method M)", "need type assertion").
    case notAssignable(explanation: String?)

    public var isAssignable: Bool { self == .assignable }
}

public enum Assignability {
    /// Whether a value of type `valueType` (with its constant value, if constant) may be
    /// assigned to a variable of type `target`.
    public static func check(_ valueType: GoType, value: ConstantValue? = nil, to target: GoType,
                             formatter: TypeFormatter = .checker) -> AssignabilityResult {
        let V = valueType, T = target
        if V == T { return .assignable }
        if V.isInvalid || T.isInvalid { return .assignable }   // already reported
        if V.isUntyped { return checkUntyped(V, value: value, to: T, formatter: formatter) }
        let Vu = V.underlying, Tu = T.underlying
        let Vp = V.isTypeParameter, Tp = T.isTypeParameter
        if Vu == Tu && (!V.hasName || !T.hasName) && !Vp && !Tp { return .assignable }
        if T.isInterface && !Tp {
            if let reason = Implementation.missingMethod(V, T) {
                return .notAssignable(explanation:
                    "\(formatter.string(V)) does not implement \(formatter.string(T)) \(reason.cause(formatter: formatter))")
            }
            return .assignable
        }
        if V.isInterface && !Vp && Implementation.implements(T, V) {
            return .notAssignable(explanation: "need type assertion")
        }
        if case .chan(let ve, .both) = Vu.kind, case .chan(let te, _) = Tu.kind, ve == te {
            return !V.hasName || !T.hasName ? .assignable : .notAssignable(explanation: nil)
        }
        // Type parameters: every type in the set must be assignable.
        if Tp && !V.hasName, let terms = T.typeParameter?.constraintInterface.terms, !terms.isEmpty {
            return terms.allSatisfy({ check(V, value: value, to: $0.type).isAssignable }) ? .assignable : .notAssignable(explanation: nil)
        }
        if Vp && !T.hasName, let terms = V.typeParameter?.constraintInterface.terms, !terms.isEmpty {
            return terms.allSatisfy({ check($0.type, to: T).isAssignable }) ? .assignable : .notAssignable(explanation: nil)
        }
        return .notAssignable(explanation: nil)
    }

    private static func checkUntyped(_ V: GoType, value: ConstantValue?, to T: GoType, formatter: TypeFormatter) -> AssignabilityResult {
        guard case .basic(let kind) = V.kind else { return .notAssignable(explanation: nil) }
        if kind == .untypedNil {
            if T.isTypeParameter {
                guard let terms = T.typeParameter?.constraintInterface.terms, !terms.isEmpty,
                      terms.allSatisfy({ $0.type.acceptsNil }) else { return .notAssignable(explanation: nil) }
                return .assignable
            }
            return T.acceptsNil ? .assignable : .notAssignable(explanation: nil)
        }
        if let parameter = T.typeParameter {
            guard let terms = parameter.constraintInterface.terms, !terms.isEmpty else { return .notAssignable(explanation: nil) }
            for term in terms {
                let result = check(V, value: value, to: term.type, formatter: formatter)
                if !result.isAssignable { return result }
            }
            return .assignable
        }
        switch T.underlying.kind {
        case .basic(let target):
            if let value = value {
                if value.rounded(to: target) != nil { return .assignable }
                let failure = ConstantValue.representationFailure(from: kind, to: target)
                return failure == .mismatch ? .notAssignable(explanation: nil) : .notRepresentable(failure)
            }
            let fits = (kind == .untypedBool && target.isBoolean)
                || (kind == .untypedString && target.isString)
                || (kind.isNumeric && target.isNumeric)
            return fits ? .assignable : .notAssignable(explanation: nil)
        case .interface:
            // The value becomes its default type inside the interface.
            let concrete = V.defaultType
            if let value = value, case .basic(let k) = concrete.kind, value.rounded(to: k) == nil {
                return .notRepresentable(ConstantValue.representationFailure(from: kind, to: k))
            }
            return check(concrete, to: T, formatter: formatter)
        default:
            return .notAssignable(explanation: nil)
        }
    }
}
