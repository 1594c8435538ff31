// What the checker learns about a program, kept in arrays indexed by AST node id so the
// compiler reads facts with one array access.

/// How an expression may be used (types2's operand modes).
public enum OperandMode: UInt8, Sendable {
    case invalid
    case novalue      // a call without results
    case builtin      // a predeclared function name
    case typeExpr     // the expression denotes a type
    case constant
    case variable     // addressable
    case mapIndex     // m[k]: assignable but not addressable
    case value
    case commaOK      // may yield (value, ok) in a two-value assignment
}

/// How the compiler reads the tables:
/// - a call whose `fun` has mode `.typeExpr` is a conversion; one whose `fun` identifier
///   denotes a `.builtin` object is a builtin call (`objects[ident].builtin`);
/// - `x, ok := m[k]` / `<-c` / `x.(T)`: the right-hand expression's type is the tuple
///   `(T, bool)` and its mode `.commaOK` (single-value uses keep type `T`);
/// - selectors: `selections[id]` gives field or method and the embedded path; a method
///   selector that is not the `fun` of a call is a method value, and one whose operand is a
///   type (`modes[x.id] == .typeExpr`) is a method expression;
/// - untyped constants carry their final type (`x := 1` records `int` on the literal);
///   a value whose recorded type differs from its target (interface, named type) is
///   converted implicitly by the assignment;
/// - generic calls: `typeArguments[fun ident or index expr]`, and `types[fun]` is the
///   instantiated signature;
/// - `implicits[caseClause.id]`: the variable a type switch declares in that clause.
public struct CheckedInfo: Sendable {
    /// Type of each expression (after untyped constants took their final type).
    public internal(set) var types: [GoType?]
    public internal(set) var modes: [OperandMode]
    /// Value of each constant expression.
    public internal(set) var constants: [ConstantValue?]
    /// The object each identifier denotes (uses) or declares (definitions).
    public internal(set) var objects: [Object?]
    /// For selector expressions: the field or method selected (not for qualified identifiers).
    public internal(set) var selections: [Selection?]
    /// For identifiers or selectors naming a generic function or type used with (explicit or
    /// inferred) type arguments: those arguments.
    public internal(set) var typeArguments: [[GoType]?]
    /// Implicit variables: the per-clause variable of a type switch (by CaseClause id).
    public internal(set) var implicits: [Object?]
    /// Package-level variables in initialization order (spec "Package initialization"):
    /// each entry is the ValueSpec whose values initialize the listed variables.
    public internal(set) var initOrder: [(variables: [Object], spec: ValueSpec)] = []
    /// All objects created, by `Object.index`.
    public internal(set) var allObjects: [Object] = []

    init(nodeCount: Int) {
        types = Array(repeating: nil, count: nodeCount)
        modes = Array(repeating: .invalid, count: nodeCount)
        constants = Array(repeating: nil, count: nodeCount)
        objects = Array(repeating: nil, count: nodeCount)
        selections = Array(repeating: nil, count: nodeCount)
        typeArguments = Array(repeating: nil, count: nodeCount)
        implicits = Array(repeating: nil, count: nodeCount)
    }

    public func type(of e: any Expr) -> GoType? { e.id < types.count ? types[e.id] : nil }
    public func mode(of e: any Expr) -> OperandMode { e.id < modes.count ? modes[e.id] : .invalid }
    public func constant(of e: any Expr) -> ConstantValue? { e.id < constants.count ? constants[e.id] : nil }
    public func object(of i: Ident) -> Object? { i.id < objects.count ? objects[i.id] : nil }
    public func selection(of s: SelectorExpr) -> Selection? { s.id < selections.count ? selections[s.id] : nil }
}
