// Value expressions.

public final class BadExpr: Expr {
    public let id: Int, pos: Pos
    public init(id: Int, pos: Pos) { self.id = id; self.pos = pos }
}

public final class Ident: Expr {
    public let id: Int, pos: Pos
    public let name: String
    public init(id: Int, pos: Pos, name: String) { self.id = id; self.pos = pos; self.name = name }
    public var isBlank: Bool { name == "_" }
}

/// int, float, imaginary, rune or string literal; `value` is the source text.
public final class BasicLit: Expr {
    public let id: Int, pos: Pos
    public let kind: Token
    public let value: String
    public init(id: Int, pos: Pos, kind: Token, value: String) {
        self.id = id; self.pos = pos; self.kind = kind; self.value = value
    }
}

/// `T{...}`, or an elided-type literal `{...}` inside another composite literal (type nil).
public final class CompositeLit: Expr {
    public let id: Int, pos: Pos
    public let type: (any Expr)?
    public let elements: [any Expr]
    public let lbrace: Pos, rbrace: Pos
    public init(id: Int, type: (any Expr)?, elements: [any Expr], lbrace: Pos, rbrace: Pos) {
        self.id = id; self.pos = type?.pos ?? lbrace; self.type = type; self.elements = elements
        self.lbrace = lbrace; self.rbrace = rbrace
    }
}

public final class KeyValueExpr: Expr {
    public let id: Int, pos: Pos
    public let key: any Expr, value: any Expr
    public let colon: Pos
    public init(id: Int, key: any Expr, colon: Pos, value: any Expr) {
        self.id = id; self.pos = key.pos; self.key = key; self.colon = colon; self.value = value
    }
}

public final class FuncLit: Expr {
    public let id: Int, pos: Pos
    public let type: FuncTypeExpr
    public let body: BlockStmt
    public init(id: Int, type: FuncTypeExpr, body: BlockStmt) {
        self.id = id; self.pos = type.pos; self.type = type; self.body = body
    }
}

public final class ParenExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr
    public let rparen: Pos
    public init(id: Int, pos: Pos, x: any Expr, rparen: Pos) {
        self.id = id; self.pos = pos; self.x = x; self.rparen = rparen
    }
}

/// `x.sel`: a field or method selector, or a qualified identifier `pkg.Name`.
public final class SelectorExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr
    public let sel: Ident
    public init(id: Int, x: any Expr, sel: Ident) { self.id = id; self.pos = x.pos; self.x = x; self.sel = sel }
}

/// `x[i]`, or a generic instantiation `F[int]` / `G[K, V]` (several indices).
public final class IndexExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr
    public let indices: [any Expr]
    public let lbrack: Pos, rbrack: Pos
    public init(id: Int, x: any Expr, lbrack: Pos, indices: [any Expr], rbrack: Pos) {
        self.id = id; self.pos = x.pos; self.x = x; self.lbrack = lbrack; self.indices = indices; self.rbrack = rbrack
    }
}

/// `x[lo:hi]` or `x[lo:hi:max]`.
public final class SliceExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr
    public let low: (any Expr)?, high: (any Expr)?, max: (any Expr)?
    public let slice3: Bool
    public let lbrack: Pos, rbrack: Pos
    public init(id: Int, x: any Expr, lbrack: Pos, low: (any Expr)?, high: (any Expr)?, max: (any Expr)?, slice3: Bool, rbrack: Pos) {
        self.id = id; self.pos = x.pos; self.x = x; self.lbrack = lbrack
        self.low = low; self.high = high; self.max = max; self.slice3 = slice3; self.rbrack = rbrack
    }
}

/// `x.(T)`; `type` is nil for the `x.(type)` guard of a type switch.
public final class TypeAssertExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr
    public let type: (any Expr)?
    public let lparen: Pos
    public init(id: Int, x: any Expr, lparen: Pos, type: (any Expr)?) {
        self.id = id; self.pos = x.pos; self.x = x; self.lparen = lparen; self.type = type
    }
}

/// A call, conversion `T(x)`, or builtin call; `ellipsis` is known when the last argument is `x...`.
public final class CallExpr: Expr {
    public let id: Int, pos: Pos
    public let fun: any Expr
    public let args: [any Expr]
    public let lparen: Pos, ellipsis: Pos, rparen: Pos
    public init(id: Int, fun: any Expr, lparen: Pos, args: [any Expr], ellipsis: Pos, rparen: Pos) {
        self.id = id; self.pos = fun.pos; self.fun = fun; self.lparen = lparen; self.args = args
        self.ellipsis = ellipsis; self.rparen = rparen
    }
    public var hasEllipsis: Bool { ellipsis.isKnown }
}

/// `*x`: a pointer type or an indirection.
public final class StarExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr
    public init(id: Int, pos: Pos, x: any Expr) { self.id = id; self.pos = pos; self.x = x }
}

/// `op x` for + - ! ^ & <- and `~` (in constraints).
public final class UnaryExpr: Expr {
    public let id: Int, pos: Pos
    public let op: Token
    public let x: any Expr
    public init(id: Int, pos: Pos, op: Token, x: any Expr) { self.id = id; self.pos = pos; self.op = op; self.x = x }
}

/// `x op y`, including unions `A | B` in constraints.
public final class BinaryExpr: Expr {
    public let id: Int, pos: Pos
    public let x: any Expr, y: any Expr
    public let op: Token
    public let opPos: Pos
    public init(id: Int, x: any Expr, op: Token, opPos: Pos, y: any Expr) {
        self.id = id; self.pos = x.pos; self.x = x; self.op = op; self.opPos = opPos; self.y = y
    }
}
