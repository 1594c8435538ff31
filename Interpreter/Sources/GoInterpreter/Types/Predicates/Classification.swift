/// Spec predicates on single types: comparable, ordered, nil-able, default types, core types.
extension GoType {
    /// Values may be compared with `==` (spec "Comparison operators"); interfaces count,
    /// even though comparing them may panic at run time.
    public var isComparable: Bool { comparable(strict: false, seen: []) }

    /// Comparable without any interface inside: what `comparable` requires of type arguments
    /// that are not themselves type parameters constrained by `comparable`.
    public var isStrictlyComparable: Bool { comparable(strict: true, seen: []) }

    private func comparable(strict: Bool, seen: Set<Int>) -> Bool {
        if seen.contains(id) { return true }
        let seen = seen.union([id])
        if case .typeParameter(let p) = kind {
            let constraint = p.constraintInterface
            if constraint.isComparableConstraint { return true }
            guard let terms = constraint.terms else { return false }
            return !terms.isEmpty && terms.allSatisfy { $0.type.comparable(strict: true, seen: seen) }
        }
        switch underlying.kind {
        case .basic(let k): return k != .untypedNil && k != .invalid
        case .pointer, .chan: return true
        case .interface: return !strict
        case .structure(let s): return s.fields.allSatisfy { $0.type.comparable(strict: strict, seen: seen) }
        case .array(let e, _): return e.comparable(strict: strict, seen: seen)
        default: return false
        }
    }

    /// Supports `<` and friends: integers, floats, strings (and type parameters whose every term does).
    public var isOrdered: Bool {
        if case .typeParameter(let p) = kind {
            guard let terms = p.constraintInterface.terms, !terms.isEmpty else { return false }
            return terms.allSatisfy { $0.type.isOrdered }
        }
        return basicKind?.isOrdered ?? false
    }

    /// `nil` is a valid value of the type (pointer, function, slice, map, channel, interface).
    public var acceptsNil: Bool {
        if case .typeParameter(let p) = kind {
            guard let terms = p.constraintInterface.terms, !terms.isEmpty else { return false }
            return terms.allSatisfy { $0.type.acceptsNil }
        }
        switch underlying.kind {
        case .pointer, .signature, .slice, .map, .chan, .interface: return true
        case .basic(let k): return k == .untypedNil
        default: return false
        }
    }

    /// The type an untyped constant or value takes without context (`untyped int` → `int`).
    public var defaultType: GoType {
        if case .basic(let k) = kind, k.isUntyped {
            switch k {
            case .untypedRune: return .rune
            case .untypedNil: return self
            default: return .basic(k.defaultKind)
            }
        }
        return self
    }
}

extension TypeTable {
    /// The core type (spec "Core types"): the underlying type for ordinary types; for a type
    /// parameter or constraint, the single underlying type shared by its whole type set
    /// (channels may differ in direction if the restricted ones agree), or nil when none.
    public func coreType(of type: GoType) -> GoType? {
        let u = type.underlying
        guard let interface = u.interface, type.isTypeParameter || interface.terms != nil else { return u }
        guard let terms = interface.terms, !terms.isEmpty else { return nil }
        var core: GoType? = nil
        var direction = ChanDirection.both
        for term in terms {
            let termType = term.type.underlying
            if case .chan(let element, let d) = termType.kind {
                if let c = core {
                    guard case .chan(let e0, _) = c.kind, e0 == element else { return nil }
                } else {
                    core = termType
                }
                if d != .both {
                    if direction != .both && direction != d { return nil }
                    direction = d
                }
                continue
            }
            if let c = core, c != termType { return nil }
            core = termType
        }
        if let c = core, case .chan(let element, _) = c.kind {
            return chan(of: element, direction: direction)
        }
        return core
    }
}
