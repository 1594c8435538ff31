/// What the universe scope holds (spec "Predeclared identifiers"), as data the checker can
/// load into its own scope objects.
public enum Universe {
    /// The object kinds a Go scope can hold.
    public enum ObjectKind: Sendable, Equatable {
        case typeName, constant, variable, function, builtin, packageName, label, nilValue
    }

    public struct Entry: Sendable {
        public let name: String
        public let kind: ObjectKind
        public let type: GoType
        /// For `true` and `false` (iota's value depends on its position, so it has none here).
        public let constant: ConstantValue?
        public let builtin: BuiltinFunction?
    }

    /// How a builtin may be called (go/types' predeclared table).
    public struct BuiltinFunction: Sendable, Equatable {
        public let name: String
        public let minimumArguments: Int
        /// Nil when the argument list is variadic.
        public let maximumArguments: Int?
        /// Allowed as an expression statement (`panic(x)`, `copy(a, b)`), rather than only in expressions.
        public let usableAsStatement: Bool
    }

    public static let builtins: [BuiltinFunction] = [
        .init(name: "append", minimumArguments: 1, maximumArguments: nil, usableAsStatement: false),
        .init(name: "cap", minimumArguments: 1, maximumArguments: 1, usableAsStatement: false),
        .init(name: "clear", minimumArguments: 1, maximumArguments: 1, usableAsStatement: true),
        .init(name: "close", minimumArguments: 1, maximumArguments: 1, usableAsStatement: true),
        .init(name: "complex", minimumArguments: 2, maximumArguments: 2, usableAsStatement: false),
        .init(name: "copy", minimumArguments: 2, maximumArguments: 2, usableAsStatement: true),
        .init(name: "delete", minimumArguments: 2, maximumArguments: 2, usableAsStatement: true),
        .init(name: "imag", minimumArguments: 1, maximumArguments: 1, usableAsStatement: false),
        .init(name: "len", minimumArguments: 1, maximumArguments: 1, usableAsStatement: false),
        .init(name: "make", minimumArguments: 1, maximumArguments: 3, usableAsStatement: false),
        .init(name: "max", minimumArguments: 1, maximumArguments: nil, usableAsStatement: false),
        .init(name: "min", minimumArguments: 1, maximumArguments: nil, usableAsStatement: false),
        .init(name: "new", minimumArguments: 1, maximumArguments: 1, usableAsStatement: false),
        .init(name: "panic", minimumArguments: 1, maximumArguments: 1, usableAsStatement: true),
        .init(name: "print", minimumArguments: 0, maximumArguments: nil, usableAsStatement: true),
        .init(name: "println", minimumArguments: 0, maximumArguments: nil, usableAsStatement: true),
        .init(name: "real", minimumArguments: 1, maximumArguments: 1, usableAsStatement: false),
        .init(name: "recover", minimumArguments: 0, maximumArguments: 0, usableAsStatement: true),
    ]

    public static let predeclaredTypes: [(name: String, type: GoType)] = [
        ("bool", .bool), ("int", .int), ("int8", .int8), ("int16", .int16), ("int32", .int32), ("int64", .int64),
        ("uint", .uint), ("uint8", .uint8), ("uint16", .uint16), ("uint32", .uint32), ("uint64", .uint64),
        ("uintptr", .uintptr), ("float32", .float32), ("float64", .float64),
        ("complex64", .complex64), ("complex128", .complex128), ("string", .string),
        ("byte", .byte), ("rune", .rune), ("any", .any), ("error", .error), ("comparable", .comparable),
    ]

    /// Every predeclared identifier, in a stable order.
    public static let entries: [Entry] = {
        var all = predeclaredTypes.map { Entry(name: $0.name, kind: .typeName, type: $0.type, constant: nil, builtin: nil) }
        all.append(Entry(name: "true", kind: .constant, type: .untypedBool, constant: .bool(true), builtin: nil))
        all.append(Entry(name: "false", kind: .constant, type: .untypedBool, constant: .bool(false), builtin: nil))
        all.append(Entry(name: "iota", kind: .constant, type: .untypedInt, constant: nil, builtin: nil))
        all.append(Entry(name: "nil", kind: .nilValue, type: .untypedNil, constant: nil, builtin: nil))
        all += builtins.map { Entry(name: $0.name, kind: .builtin, type: .invalid, constant: nil, builtin: $0) }
        return all
    }()

    private static let byName: [String: Entry] = Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })

    public static func lookup(_ name: String) -> Entry? { byName[name] }
}
