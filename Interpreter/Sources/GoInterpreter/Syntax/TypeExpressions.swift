// Type literals. They are expressions too, since `[]int{1}` and `T(x)` mix the two.

/// `[N]T`, `[...]T` (len is an `Ellipsis`), or `[]T` (len nil).
public final class ArrayTypeExpr: Expr {
    public let id: Int, pos: Pos
    public let len: (any Expr)?
    public let elem: any Expr
    public init(id: Int, pos: Pos, len: (any Expr)?, elem: any Expr) {
        self.id = id; self.pos = pos; self.len = len; self.elem = elem
    }
    public var isSlice: Bool { len == nil }
}

/// `...T` in a final parameter, or `...` as the length of an array literal type.
public final class Ellipsis: Expr {
    public let id: Int, pos: Pos
    public let elem: (any Expr)?
    public init(id: Int, pos: Pos, elem: (any Expr)?) { self.id = id; self.pos = pos; self.elem = elem }
}

/// A field of a struct, a parameter/result/type parameter, or an interface element.
/// No names means an embedded field, an unnamed parameter, or an embedded interface element.
public final class FieldNode: Node {
    public let id: Int, pos: Pos
    public let names: [Ident]
    public let type: any Expr
    public let tag: BasicLit?
    public init(id: Int, pos: Pos, names: [Ident], type: any Expr, tag: BasicLit? = nil) {
        self.id = id; self.pos = pos; self.names = names; self.type = type; self.tag = tag
    }
}

public final class StructTypeExpr: Expr {
    public let id: Int, pos: Pos
    public let fields: [FieldNode]
    public let rbrace: Pos
    public init(id: Int, pos: Pos, fields: [FieldNode], rbrace: Pos) {
        self.id = id; self.pos = pos; self.fields = fields; self.rbrace = rbrace
    }
}

/// A signature; `typeParams` is non-empty only for generic function declarations.
public final class FuncTypeExpr: Expr {
    public let id: Int, pos: Pos
    public let typeParams: [FieldNode]
    public let params: [FieldNode]
    public let results: [FieldNode]
    public init(id: Int, pos: Pos, typeParams: [FieldNode], params: [FieldNode], results: [FieldNode]) {
        self.id = id; self.pos = pos; self.typeParams = typeParams; self.params = params; self.results = results
    }
}

/// Methods are fields with one name and a FuncTypeExpr; other elements (embedded interfaces,
/// `~T`, unions) are fields without names.
public final class InterfaceTypeExpr: Expr {
    public let id: Int, pos: Pos
    public let elements: [FieldNode]
    public let rbrace: Pos
    public init(id: Int, pos: Pos, elements: [FieldNode], rbrace: Pos) {
        self.id = id; self.pos = pos; self.elements = elements; self.rbrace = rbrace
    }
}

public final class MapTypeExpr: Expr {
    public let id: Int, pos: Pos
    public let key: any Expr, value: any Expr
    public init(id: Int, pos: Pos, key: any Expr, value: any Expr) {
        self.id = id; self.pos = pos; self.key = key; self.value = value
    }
}

public final class ChanTypeExpr: Expr {
    public let id: Int, pos: Pos
    public let dir: ChanDir
    public let elem: any Expr
    public init(id: Int, pos: Pos, dir: ChanDir, elem: any Expr) {
        self.id = id; self.pos = pos; self.dir = dir; self.elem = elem
    }
}
