/// Why a type does not implement an interface, worded as gc words it.
public enum MissingMethodReason: Sendable, Equatable {
    case missing(name: String)
    /// The method exists with a pointer receiver but the value is not a pointer.
    case pointerReceiver(name: String)
    case wrongType(name: String, have: GoType, want: GoType)
    /// The interface embeds `comparable` and the type is not comparable.
    case notComparable
    /// The type is not in the constraint's type set.
    case notInTypeSet(alternative: GoType?)

    /// The parenthesized part of gc's message, e.g. "(missing method String)".
    public func cause(formatter: TypeFormatter = .checker) -> String {
        switch self {
        case .missing(let name): return "(missing method \(name))"
        case .pointerReceiver(let name): return "(method \(name) has pointer receiver)"
        case .wrongType(let name, let have, let want):
            let h = Implementation.methodString(name, have, formatter), w = Implementation.methodString(name, want, formatter)
            if h == w { return "(wrong type for method \(name))" }
            return "(wrong type for method \(name))\n\t\thave \(h)\n\t\twant \(w)"
        case .notComparable, .notInTypeSet: return ""
        }
    }
}

/// Interface satisfaction (spec "Implementing an interface") and constraint satisfaction.
public enum Implementation {
    /// The first reason `type` does not implement the interface `interface`, or nil when it does.
    /// Only methods are checked; use `unsatisfied` for constraints with type sets.
    public static func missingMethod(_ type: GoType, _ interface: GoType) -> MissingMethodReason? {
        guard let wanted = interface.interface else { return nil }
        if let have = type.interface, !type.isTypeParameter {
            for m in wanted.methods {
                guard let found = have.method(named: m.name, package: m.package) else { return .missing(name: m.name) }
                if found.signature != m.signature { return .wrongType(name: m.name, have: found.signature, want: m.signature) }
            }
            return nil
        }
        for m in wanted.methods {
            guard case .found(let selection) = FieldAndMethodLookup.lookup(type, name: m.name, package: m.package),
                  case .method(let found, _) = selection.target else {
                return .missing(name: m.name)
            }
            if found.signature != m.signature { return .wrongType(name: m.name, have: found.signature, want: m.signature) }
            if selection.needsAddressableReceiver { return .pointerReceiver(name: m.name) }
        }
        return nil
    }

    public static func implements(_ type: GoType, _ interface: GoType) -> Bool {
        missingMethod(type, interface) == nil
    }

    /// "T does not implement I (missing method M)", or nil when `type` implements `interface`.
    public static func failureMessage(_ type: GoType, _ interface: GoType, formatter: TypeFormatter = .checker) -> String? {
        guard let reason = missingMethod(type, interface) else { return nil }
        return "\(formatter.string(type)) does not implement \(formatter.string(interface)) \(reason.cause(formatter: formatter))"
    }

    /// Constraint satisfaction for a type argument: nil when `type` satisfies `constraint`,
    /// else gc's explanation ("int does not satisfy fmt.Stringer (missing method String)",
    /// "[]int does not satisfy comparable", "string does not satisfy ~int (string missing in ~int)").
    public static func unsatisfied(_ type: GoType, constraint: GoType, formatter: TypeFormatter = .checker) -> String? {
        guard let wanted = constraint.interface else { return nil }
        if wanted.isEmpty { return nil }
        let typeText = formatter.string(type), constraintText = formatter.string(constraint)
        if let reason = missingMethod(type, constraint) {
            return "\(typeText) does not satisfy \(constraintText) \(reason.cause(formatter: formatter))"
        }
        func comparabilityFailure() -> String? {
            guard wanted.isComparableConstraint, !type.isComparable else { return nil }
            return "\(typeText) does not satisfy comparable"
        }
        guard let terms = wanted.terms else { return comparabilityFailure() }
        let termsText = terms.map { ($0.tilde ? "~" : "") + formatter.string($0.type) }.joined(separator: " | ")
        if let parameter = type.typeParameter {
            // Every type the parameter may stand for must be permitted.
            guard let own = parameter.constraintInterface.terms,
                  own.allSatisfy({ o in terms.contains { t in o.intersection(t).map { $0 == o } ?? false } }) else {
                return "\(typeText) does not satisfy \(constraintText)"
            }
            return comparabilityFailure()
        }
        if !terms.contains(where: { $0.includes(type) }) {
            if let alternative = terms.first(where: { !$0.tilde && $0.type == $0.type.underlying
                                                      && TypeTerm(tilde: true, type: $0.type).includes(type) }) {
                return "\(typeText) does not satisfy \(constraintText) (possibly missing ~ for \(formatter.string(alternative.type)) in \(constraintText))"
            }
            return "\(typeText) does not satisfy \(constraintText) (\(typeText) missing in \(termsText))"
        }
        return comparabilityFailure()
    }

    /// `M(int) string`: a method as gc prints it in "have/want" lines.
    static func methodString(_ name: String, _ signature: GoType, _ formatter: TypeFormatter) -> String {
        let text = formatter.string(signature)
        return name + (text.hasPrefix("func") ? String(text.dropFirst(4)) : text)
    }
}
