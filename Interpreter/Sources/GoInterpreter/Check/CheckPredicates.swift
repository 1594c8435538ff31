// Type relations of the Go spec: assignability, convertibility, comparability, interface
// implementation and constraint satisfaction.

extension Checker {
    func defaultType(_ t: GoType) -> GoType {
        if case .basic(let k) = t.kind, k.isUntyped {
            return k == .untypedNil ? t : (k == .untypedRune ? .rune : .basic(k.defaultKind))
        }
        return t
    }

    /// Types in a type parameter's type set (nil when unrestricted by terms).
    func typeSetTerms(_ t: GoType) -> [TypeTerm]? {
        guard let tp = t.typeParameter else { return nil }
        return tp.constraintInterface.terms
    }

    /// Whether `pred` holds for t, or for every type in a type parameter's type set.
    func allTypes(_ t: GoType, _ pred: (GoType) -> Bool) -> Bool {
        if t.isTypeParameter {
            guard let terms = typeSetTerms(t), !terms.isEmpty else { return false }
            return terms.allSatisfy { pred($0.type) }
        }
        return pred(t)
    }

    /// The single underlying type of all types in t's type set (spec "Core types").
    func coreType(_ t: GoType) -> GoType? {
        guard t.isTypeParameter else { return t.underlying }
        guard let terms = typeSetTerms(t), let first = terms.first else { return nil }
        let u = first.type.underlying
        return terms.allSatisfy({ $0.type.underlying == u }) ? u : nil
    }

    func isComparable(_ t: GoType) -> Bool {
        if t.isTypeParameter {
            let i = t.typeParameter!.constraintInterface
            if i.isComparableConstraint { return true }
            guard let terms = i.terms, !terms.isEmpty else { return false }
            return terms.allSatisfy { isComparable($0.type) }
        }
        switch t.underlying.kind {
        case .basic(let k): return k != .untypedNil && k != .invalid
        case .pointer, .chan, .interface: return true
        case .structure(let s): return s.fields.allSatisfy { isComparable($0.type) }
        case .array(let e, _): return isComparable(e)
        default: return false
        }
    }

    /// Whether values of t may be compared to nil.
    func hasNil(_ t: GoType) -> Bool {
        if t.isTypeParameter { return allTypes(t, hasNil) }
        switch t.underlying.kind {
        case .pointer, .slice, .map, .chan, .signature, .interface: return true
        case .basic(let k): return k == .untypedNil
        default: return false
        }
    }

    /// nil when V implements interface T; else the reason, as gc words it in parentheses.
    func missingMethod(_ v: GoType, _ t: GoType) -> String? {
        guard let iface = t.interface else { return "" }
        for m in iface.methods {
            if let vi = v.interface, !v.isTypeParameter || true, v.isInterface || v.isTypeParameter {
                guard let vm = vi.method(named: m.name, package: m.package) else {
                    return "missing method \(m.name)"
                }
                if vm.signature != m.signature {
                    return "wrong type for method \(m.name)\n\t\thave \(m.name)\(signatureText(vm.signature))\n\t\twant \(m.name)\(signatureText(m.signature))"
                }
                continue
            }
            switch FieldAndMethodLookup.lookup(v, name: m.name, package: m.package) {
            case .found(let sel):
                guard case .method(let vm, _) = sel.target else {
                    return "missing method \(m.name)"
                }
                if vm.signature != m.signature {
                    return "wrong type for method \(m.name)\n\t\thave \(m.name)\(signatureText(vm.signature))\n\t\twant \(m.name)\(signatureText(m.signature))"
                }
                if vm.pointerReceiver && !sel.indirect && v.pointerElement == nil && !sel.declaringType.isInterface {
                    return "method \(m.name) has pointer receiver"
                }
            case .ambiguous, .notFound:
                // A method with a different case is a common typo; gc mentions it.
                if case .found(let other) = lookupFold(v, m.name), other.isMethod {
                    return "missing method \(m.name)\n\t\thave \(other.methodName ?? m.name)\(signatureText(other.type))\n\t\twant \(m.name)\(signatureText(m.signature))"
                }
                return "missing method \(m.name)"
            }
        }
        return nil
    }

    private func lookupFold(_ v: GoType, _ name: String) -> LookupResult {
        for entry in MethodSets.methodSet(of: table.pointer(to: v.pointerElement ?? v)) where entry.method.name.lowercased() == name.lowercased() {
            return FieldAndMethodLookup.lookup(v, name: entry.method.name, package: entry.method.package)
        }
        return .notFound
    }

    func signatureText(_ sig: GoType) -> String {
        let s = typeString(sig)
        return s.hasPrefix("func") ? String(s.dropFirst(4)) : s
    }

    /// nil when type argument `a` satisfies constraint `c`; else a reason ("" for none).
    func satisfies(_ a: GoType, _ c: GoType) -> String? {
        guard let ci = c.interface else { return nil }
        if let terms = ci.terms {
            if !terms.contains(where: { $0.includes(a) }) {
                if a.isTypeParameter, let aterms = typeSetTerms(a), aterms.allSatisfy({ at in terms.contains { $0.includes(at.type) } }) {
                } else {
                    return "\(typeString(a)) missing in \(terms.map { ($0.tilde ? "~" : "") + typeString($0.type) }.joined(separator: " | "))"
                }
            }
        }
        if ci.isComparableConstraint && !isComparable(a) {
            return ""
        }
        if !ci.methods.isEmpty, let why = missingMethod(a, table.interface(methods: ci.methods)) {
            return why
        }
        return nil
    }

    /// Assignability of a (typed or untyped) value of type v to type t; on failure the reason
    /// (possibly empty).
    func assignableReason(_ x: Operand, to t: GoType) -> String? {
        let v = x.type
        if v == t || v.isInvalid || t.isInvalid { return nil }
        if x.isNil { return hasNil(t) ? nil : "" }
        let vu = v.underlying, tu = t.underlying
        // Identical underlying types and at least one of V or T is not a named type.
        if vu == tu && (!v.hasNameOrParam || !t.hasNameOrParam) && !v.isTypeParameter && !t.isTypeParameter {
            if case .basic = vu.kind {} else { return nil }
        }
        if t.isInterface && !t.isTypeParameter {
            if let why = missingMethod(v, t) { return "\(typeString(v)) does not implement \(typeString(t))" + (why.isEmpty ? "" : " " + parenthesized(why)) }
            return nil
        }
        if case .chan(let ve, .both) = vu.kind, case .chan(let te, _) = tu.kind, ve == te, (!v.hasNameOrParam || !t.hasNameOrParam) {
            return nil
        }
        if v.isInterface && !t.isInterface && !t.isTypeParameter, missingMethod(t, v) == nil {
            return "need type assertion"
        }
        // Type parameters (spec "Assignability"): with the other side not a named type, every
        // type in the parameter's type set must be assignable (S ~[]E passes as []E).
        if v.isTypeParameter && !t.hasNameOrParam, let terms = typeSetTerms(v), !terms.isEmpty {
            return terms.allSatisfy({ assignableReason(Operand(mode: .value, expr: x.expr, type: $0.type), to: t) == nil }) ? nil : ""
        }
        if t.isTypeParameter && !v.hasNameOrParam, let terms = typeSetTerms(t), !terms.isEmpty {
            return terms.allSatisfy({ assignableReason(Operand(mode: .value, expr: x.expr, type: v), to: $0.type) == nil }) ? nil : ""
        }
        return ""
    }

    /// Convertibility of a non-constant value (spec "Conversions").
    func convertible(_ x: Operand, to t: GoType) -> Bool {
        if assignableReason(x, to: t) == nil { return true }
        let v = x.type
        if v.isTypeParameter || t.isTypeParameter {
            let vs = v.isTypeParameter ? (typeSetTerms(v)?.map(\.type) ?? []) : [v]
            let ts = t.isTypeParameter ? (typeSetTerms(t)?.map(\.type) ?? []) : [t]
            if vs.isEmpty || ts.isEmpty { return false }
            return vs.allSatisfy { a in ts.allSatisfy { b in convertible(Operand(mode: .value, expr: x.expr, type: a), to: b) } }
        }
        let vu = v.underlying, tu = t.underlying
        if identicalIgnoringTags(vu, tu) { return true }
        if case .pointer(let a) = v.kind, case .pointer(let b) = t.kind, identicalIgnoringTags(a.underlying, b.underlying) { return true }
        if let vk = vu.basicKind, let tk = tu.basicKind {
            if (vk.isInteger || vk.isFloat) && (tk.isInteger || tk.isFloat) { return true }
            if vk.isComplex && tk.isComplex { return true }
            if vk.isInteger && tk.isString { return true }
        }
        if let tk = tu.basicKind, tk.isString, case .slice(let e) = vu.kind, let ek = e.underlying.basicKind, ek == .uint8 || ek == .int32 { return true }
        if let vk = vu.basicKind, vk.isString, case .slice(let e) = tu.kind, let ek = e.underlying.basicKind, ek == .uint8 || ek == .int32 { return true }
        if case .slice(let se) = vu.kind {
            if case .array(let ae, _) = tu.kind, se == ae { return true }
            if case .pointer(let p) = tu.kind, case .array(let ae, _) = p.underlying.kind, se == ae { return true }
        }
        return false
    }

    func identicalIgnoringTags(_ a: GoType, _ b: GoType) -> Bool {
        if a == b { return true }
        if case .structure(let s) = a.kind, case .structure(let t) = b.kind, s.fields.count == t.fields.count {
            return zip(s.fields, t.fields).allSatisfy { $0.name == $1.name && $0.embedded == $1.embedded && $0.type == $1.type }
        }
        return false
    }
}

/// gc puts the first line of a reason in parentheses and the have/want lines after it.
func parenthesized(_ why: String) -> String {
    guard let nl = why.firstIndex(of: "\n") else { return "(" + why + ")" }
    return "(" + why[..<nl] + ")" + why[nl...]
}

extension GoType {
    /// Named types, basic types and type parameters count as "named" for assignability.
    var hasNameOrParam: Bool { hasName }
}

extension Selection {
    var methodName: String? {
        if case .method(let m, _) = target { return m.name }
        return nil
    }
}
