/// A Go type. Instances are canonical inside one `TypeTable`: two types are identical
/// exactly when their ids are equal, so identity, hashing and dictionary look-ups at run
/// time cost one integer comparison.
///
/// The object is immutable; the only mutable state (a named type's underlying type and
/// methods, a type parameter's constraint) lives in `NamedType` / `TypeParameter`, which
/// guard it with a lock.
public final class GoType: Sendable, Hashable, CustomStringConvertible {
    public let id: Int
    public let kind: TypeKind
    /// The spelling of a predeclared alias (`byte`, `rune`, `any`): it shares the id of the
    /// aliased type and only changes how the checker prints it.
    public let aliasName: String?

    init(id: Int, kind: TypeKind, aliasName: String? = nil) {
        self.id = id
        self.kind = kind
        self.aliasName = aliasName
    }

    public static func == (lhs: GoType, rhs: GoType) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }

    /// How `%T` prints the type (`map[string][]int`, `*main.T`, `struct { A int }`).
    public var description: String { TypeFormatter.runtime.string(self) }

    /// How the type checker prints the type in error messages (`byte`, `any`, `struct{A int}`).
    public var checkerDescription: String { TypeFormatter.checker.string(self) }
}

/// The shape of a type.
public enum TypeKind: Sendable {
    case basic(BasicKind)
    case named(NamedType)
    case typeParameter(TypeParameter)
    case pointer(GoType)
    case slice(GoType)
    case array(GoType, length: Int64)
    case map(key: GoType, value: GoType)
    case chan(GoType, ChanDirection)
    case structure(StructInfo)
    case signature(Signature)
    case interface(InterfaceInfo)
    /// The type of a multi-valued expression (a call with several results); never a value type.
    case tuple([GoType])
}

public enum ChanDirection: UInt8, Sendable, Hashable {
    case both, send, receive
}
