/// Shape queries used everywhere by the checker and the compiler.
extension GoType {
    /// The underlying type: itself for type literals and basic types, the declared
    /// underlying type for named types, the constraint's interface for type parameters.
    public var underlying: GoType {
        switch kind {
        case .named(let named): return named.underlying
        case .typeParameter(let parameter): return parameter.constraint.underlying
        default: return self
        }
    }

    /// Like `underlying` but leaves type parameters alone.
    var underlyingIfNamed: GoType {
        if case .named(let named) = kind { return named.underlying }
        return self
    }

    public var named: NamedType? {
        if case .named(let n) = kind { return n }
        return nil
    }

    public var typeParameter: TypeParameter? {
        if case .typeParameter(let p) = kind { return p }
        return nil
    }

    /// Named types and type parameters carry a name; everything else is a type literal.
    public var hasName: Bool {
        switch kind {
        case .named, .typeParameter, .basic: return true
        default: return false
        }
    }

    public var isTypeParameter: Bool { typeParameter != nil }

    /// The basic kind of the underlying type, if it is basic.
    public var basicKind: BasicKind? {
        if case .basic(let k) = underlyingIfNamed.kind { return k }
        return nil
    }

    public var isUntyped: Bool {
        if case .basic(let k) = kind { return k.isUntyped }
        return false
    }

    public var isInterface: Bool {
        if case .interface = underlyingIfNamed.kind { return !isTypeParameter }
        return false
    }

    public var interface: InterfaceInfo? {
        if case .interface(let i) = underlying.kind { return i }
        return nil
    }

    public var structure: StructInfo? {
        if case .structure(let s) = underlying.kind { return s }
        return nil
    }

    public var signature: Signature? {
        if case .signature(let s) = underlying.kind { return s }
        return nil
    }

    /// The element of a pointer type (`T` for `*T`), through a named pointer type too.
    public var pointerElement: GoType? {
        if case .pointer(let e) = underlyingIfNamed.kind { return e }
        return nil
    }

    /// The element type of arrays, slices, pointers to arrays, maps (value) and channels.
    public var elementType: GoType? {
        switch underlyingIfNamed.kind {
        case .slice(let e), .array(let e, _), .chan(let e, _): return e
        case .map(_, let v): return v
        case .pointer(let p):
            if case .array(let e, _) = p.underlyingIfNamed.kind { return e }
            return nil
        default: return nil
        }
    }

    public var tupleElements: [GoType] {
        if case .tuple(let elements) = kind { return elements }
        return [self]
    }

    public var isInvalid: Bool { id == GoType.invalid.id }
}
