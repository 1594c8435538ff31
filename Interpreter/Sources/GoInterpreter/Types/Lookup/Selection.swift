/// The result of looking up `x.name`: a field or a method, possibly promoted through
/// embedded fields. `embeddedPath` lists the embedded field indices to walk, outermost
/// first, so the compiler can turn `x.a.b` into fixed index steps.
public struct Selection: Sendable {
    public enum Target: Sendable {
        /// `index` is the field's position in its struct.
        case field(StructField, index: Int)
        /// `index` is the method's position in its named type's method list
        /// (or in the interface's sorted method list for interface methods).
        case method(Method, index: Int)
    }

    public let target: Target
    public let embeddedPath: [Int]
    /// Whether the walk goes through a pointer (the receiver itself, or an embedded `*T`):
    /// such selections dereference at run time and may panic on nil.
    public let indirect: Bool
    /// The type that declares the field or method (a struct, named type or interface).
    public let declaringType: GoType

    /// The full index path of a field: embedded steps then the field itself.
    public var fieldPath: [Int]? {
        if case .field(_, let index) = target { return embeddedPath + [index] }
        return nil
    }

    public var isMethod: Bool {
        if case .method = target { return true }
        return false
    }

    /// The field's type or the method's signature (without receiver).
    public var type: GoType {
        switch target {
        case .field(let field, _): return field.type
        case .method(let method, _): return method.signature
        }
    }

    /// A pointer-receiver method reached without any pointer: the operand must be
    /// addressable (`x.M()` means `(&x).M()`), else gc reports
    /// "cannot call pointer method M on T".
    public var needsAddressableReceiver: Bool {
        if case .method(let m, _) = target { return m.pointerReceiver && !indirect }
        return false
    }

    /// Interface methods are dispatched dynamically.
    public var isInterfaceMethod: Bool { isMethod && declaringType.interface != nil }
}

public enum LookupResult: Sendable {
    case found(Selection)
    case notFound
    /// Several fields or methods of that name at the shallowest depth:
    /// gc reports "ambiguous selector x.name".
    case ambiguous
}
