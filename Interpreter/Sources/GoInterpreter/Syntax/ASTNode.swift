// The syntax tree's common shape. Nodes are immutable final classes; every node has a dense
// integer `id` (unique across its FileSet) so later stages keep per-node facts in arrays, and
// a `pos`, the position of its first character (gc reports most errors there).

public protocol Node: AnyObject, Sendable {
    var id: Int { get }
    var pos: Pos { get }
}

/// Expressions, including type expressions (Go's grammar cannot tell them apart syntactically).
public protocol Expr: Node {}
public protocol Stmt: Node {}
public protocol Decl: Node {}
public protocol Spec: Node {}

public enum ChanDir: UInt8, Sendable {
    case both, send, recv   // chan T, chan<- T, <-chan T
}

/// Removes any enclosing parentheses.
public func unparen(_ e: any Expr) -> any Expr {
    var x = e
    while let p = x as? ParenExpr { x = p.x }
    return x
}
