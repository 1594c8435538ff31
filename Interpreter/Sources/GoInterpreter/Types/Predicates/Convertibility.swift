/// Conversions `T(x)` (spec "Conversions").
public enum Convertibility {
    /// Whether `x` of type `valueType` (with its constant value, if constant) converts to `target`.
    public static func isConvertible(_ valueType: GoType, value: ConstantValue? = nil, to target: GoType) -> Bool {
        let V = valueType, T = target
        // A constant converted to a basic type must be representable (int → string excepted).
        if let value = value, !T.isTypeParameter, case .basic(let targetKind) = T.underlying.kind,
           let sourceKind = V.basicKind {
            return value.converted(to: targetKind, from: sourceKind) != nil
        }
        if Assignability.check(V, value: value, to: T).isAssignable { return true }
        let Vp = V.typeParameter, Tp = T.typeParameter
        if Vp != nil || Tp != nil {
            // Every combination of types in the sets must convert.
            let sources = typeSet(V), targets = typeSet(T)
            guard !sources.isEmpty, !targets.isEmpty else { return false }
            return sources.allSatisfy { s in targets.allSatisfy { t in isConvertible(s, to: t) } }
        }
        let Vu = V.underlying, Tu = T.underlying
        if Vu.isIdenticalIgnoringTags(to: Tu) { return true }
        if case .pointer(let vb) = V.kind, case .pointer(let tb) = T.kind,
           vb.underlying.isIdenticalIgnoringTags(to: tb.underlying) {
            return true
        }
        if let vk = Vu.basicKind, let tk = Tu.basicKind {
            if (vk.isInteger || vk.isFloat) && (tk.isInteger || tk.isFloat) { return true }
            if vk.isComplex && tk.isComplex { return true }
            if vk.isInteger && tk.isString { return true }
        }
        if Tu.basicKind?.isString == true && isByteOrRuneSlice(Vu) { return true }
        if Vu.basicKind?.isString == true && isByteOrRuneSlice(Tu) { return true }
        if case .slice(let element) = Vu.kind {
            if case .array(let arrayElement, _) = Tu.kind, arrayElement == element { return true }
            if case .pointer(let base) = Tu.kind, case .array(let arrayElement, _) = base.underlying.kind,
               arrayElement == element {
                return true
            }
        }
        return false
    }

    static func isByteOrRuneSlice(_ type: GoType) -> Bool {
        guard case .slice(let element) = type.underlying.kind, let kind = element.underlying.basicKind else { return false }
        return kind == .uint8 || kind == .int32
    }

    private static func typeSet(_ type: GoType) -> [GoType] {
        guard let parameter = type.typeParameter else { return [type] }
        return parameter.constraintInterface.terms?.map(\.type) ?? []
    }
}
