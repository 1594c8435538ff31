/// The predeclared types. They are shared by every `TypeTable` (each table seeds its
/// intern map with them), so their ids are fixed: a basic type's id is its kind's raw value.
extension GoType {
    private static let basicTypes: [GoType] = BasicKind.allCases.map { GoType(id: Int($0.rawValue), kind: .basic($0)) }

    public static func basic(_ kind: BasicKind) -> GoType { basicTypes[Int(kind.rawValue)] }

    public static let invalid = basic(.invalid)
    public static let bool = basic(.bool)
    public static let int = basic(.int)
    public static let int8 = basic(.int8)
    public static let int16 = basic(.int16)
    public static let int32 = basic(.int32)
    public static let int64 = basic(.int64)
    public static let uint = basic(.uint)
    public static let uint8 = basic(.uint8)
    public static let uint16 = basic(.uint16)
    public static let uint32 = basic(.uint32)
    public static let uint64 = basic(.uint64)
    public static let uintptr = basic(.uintptr)
    public static let float32 = basic(.float32)
    public static let float64 = basic(.float64)
    public static let complex64 = basic(.complex64)
    public static let complex128 = basic(.complex128)
    public static let string = basic(.string)
    public static let untypedBool = basic(.untypedBool)
    public static let untypedInt = basic(.untypedInt)
    public static let untypedRune = basic(.untypedRune)
    public static let untypedFloat = basic(.untypedFloat)
    public static let untypedComplex = basic(.untypedComplex)
    public static let untypedString = basic(.untypedString)
    public static let untypedNil = basic(.untypedNil)

    /// `byte` is identical to `uint8` (same id) but the checker prints it as `byte`.
    public static let byte = GoType(id: Int(BasicKind.uint8.rawValue), kind: .basic(.uint8), aliasName: "byte")
    /// `rune` is identical to `int32`.
    public static let rune = GoType(id: Int(BasicKind.int32.rawValue), kind: .basic(.int32), aliasName: "rune")

    static let errorMethodSignature = GoType(id: 32, kind: .signature(Signature(parameters: [], results: [GoType.string], isVariadic: false)))
    static let errorInterface = GoType(id: 33, kind: .interface(InterfaceInfo(
        methods: [Method(name: "Error", package: nil, signature: errorMethodSignature)],
        terms: nil, isComparableConstraint: false)))
    /// The predeclared `error` interface.
    public static let error = GoType(id: 34, kind: .named(NamedType(name: "error", package: nil, underlying: errorInterface, table: nil)))

    static let emptyInterfaceInfo = InterfaceInfo(methods: [], terms: nil, isComparableConstraint: false)
    /// `interface{}`.
    public static let emptyInterface = GoType(id: 35, kind: .interface(emptyInterfaceInfo))
    /// `any`: identical to `interface{}`, printed as `any` by the checker.
    public static let any = GoType(id: 35, kind: .interface(emptyInterfaceInfo), aliasName: "any")

    static let comparableInterface = GoType(id: 36, kind: .interface(InterfaceInfo(methods: [], terms: nil, isComparableConstraint: true)))
    /// The predeclared `comparable` constraint.
    public static let comparable = GoType(id: 37, kind: .named(NamedType(name: "comparable", package: nil, underlying: comparableInterface, table: nil)))

    /// `func()`, predeclared so run-time types built outside a table (runtime.Error's
    /// RuntimeError method) share its identity.
    static let emptySignature = GoType(id: 38, kind: .signature(Signature(parameters: [], results: [], isVariadic: false)))

    /// Ids below this are reserved for predeclared types.
    static let firstTableID = 64
}
