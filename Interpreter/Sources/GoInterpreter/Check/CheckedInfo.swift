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
    public internal(set) var types: NodeTable<GoType?>
    public internal(set) var modes: NodeTable<OperandMode>
    /// Value of each constant expression.
    public internal(set) var constants: NodeTable<ConstantValue?>
    /// The object each identifier denotes (uses) or declares (definitions).
    public internal(set) var objects: NodeTable<Object?>
    /// For selector expressions: the field or method selected (not for qualified identifiers).
    public internal(set) var selections: SparseNodeTable<Selection>
    /// For identifiers or index expressions naming a generic function or type used with
    /// (explicit or inferred) type arguments: those arguments.
    public internal(set) var typeArguments: SparseNodeTable<[GoType]>
    /// Implicit variables: the per-clause variable of a type switch (by CaseClause id).
    public internal(set) var implicits: SparseNodeTable<Object>
    /// Package-level variables in initialization order (spec "Package initialization"):
    /// each entry is the ValueSpec whose values initialize the listed variables.
    public internal(set) var initOrder: [(variables: [Object], spec: ValueSpec)] = []
    /// All objects created, by `Object.index`.
    public internal(set) var allObjects: [Object] = []

    /// Tables cover the node ids `range` (one package's files), so checking many packages
    /// costs memory in proportion to each package's own size.
    init(range: Range<Int>) {
        types = NodeTable(range: range, fill: nil)
        modes = NodeTable(range: range, fill: .invalid)
        constants = NodeTable(range: range, fill: nil)
        objects = NodeTable(range: range, fill: nil)
        selections = SparseNodeTable(range: range)
        typeArguments = SparseNodeTable(range: range)
        implicits = SparseNodeTable(range: range)
    }

    public func type(of e: any Expr) -> GoType? { types[e.id] }
    public func mode(of e: any Expr) -> OperandMode { modes[e.id] }
    public func constant(of e: any Expr) -> ConstantValue? { constants[e.id] }
    public func object(of i: Ident) -> Object? { objects[i.id] }
    public func selection(of s: SelectorExpr) -> Selection? { selections[s.id] }
}

/// A per-node array over a range of node ids; reads outside the range give `fill`, writes
/// outside it are ignored (nodes of other packages, synthetic nodes).
public struct NodeTable<Value: Sendable>: Sendable {
    public let range: Range<Int>
    private var storage: [Value]
    private let fill: Value

    init(range: Range<Int>, fill: Value) {
        self.range = range
        self.fill = fill
        storage = Array(repeating: fill, count: range.count)
    }

    public subscript(id: Int) -> Value {
        get { range.contains(id) ? storage[id - range.lowerBound] : fill }
        set { if range.contains(id) { storage[id - range.lowerBound] = newValue } }
    }

    /// Node ids with a stored value (for iteration).
    public var indices: Range<Int> { range }
    /// An exclusive upper bound of the covered ids.
    public var count: Int { range.upperBound }
}

/// Like NodeTable for facts only a few nodes have.
public struct SparseNodeTable<Value: Sendable>: Sendable {
    public let range: Range<Int>
    private var storage: [Int: Value] = [:]

    init(range: Range<Int>) { self.range = range }

    public subscript(id: Int) -> Value? {
        get { storage[id] }
        set { if range.contains(id) { storage[id] = newValue } }
    }

    public var count: Int { range.upperBound }
}
