// Statements.

public final class BadStmt: Stmt {
    public let id: Int, pos: Pos
    public init(id: Int, pos: Pos) { self.id = id; self.pos = pos }
}

public final class DeclStmt: Stmt {
    public let id: Int, pos: Pos
    public let decl: GenDecl
    public init(id: Int, decl: GenDecl) { self.id = id; self.pos = decl.pos; self.decl = decl }
}

public final class EmptyStmt: Stmt {
    public let id: Int, pos: Pos
    public init(id: Int, pos: Pos) { self.id = id; self.pos = pos }
}

public final class LabeledStmt: Stmt {
    public let id: Int, pos: Pos
    public let label: Ident
    public let stmt: any Stmt
    public init(id: Int, label: Ident, stmt: any Stmt) { self.id = id; self.pos = label.pos; self.label = label; self.stmt = stmt }
}

public final class ExprStmt: Stmt {
    public let id: Int, pos: Pos
    public let x: any Expr
    public init(id: Int, x: any Expr) { self.id = id; self.pos = x.pos; self.x = x }
}

public final class SendStmt: Stmt {
    public let id: Int, pos: Pos
    public let chan: any Expr, value: any Expr
    public let arrow: Pos
    public init(id: Int, chan: any Expr, arrow: Pos, value: any Expr) {
        self.id = id; self.pos = chan.pos; self.chan = chan; self.arrow = arrow; self.value = value
    }
}

/// `x++` or `x--`.
public final class IncDecStmt: Stmt {
    public let id: Int, pos: Pos
    public let x: any Expr
    public let tok: Token
    public let tokPos: Pos
    public init(id: Int, x: any Expr, tok: Token, tokPos: Pos) { self.id = id; self.pos = x.pos; self.x = x; self.tok = tok; self.tokPos = tokPos }
}

/// `=`, `:=`, or an operator assignment such as `+=`.
public final class AssignStmt: Stmt {
    public let id: Int, pos: Pos
    public let lhs: [any Expr]
    public let tok: Token
    public let tokPos: Pos
    public let rhs: [any Expr]
    public init(id: Int, lhs: [any Expr], tok: Token, tokPos: Pos, rhs: [any Expr]) {
        self.id = id; self.pos = lhs.first?.pos ?? tokPos; self.lhs = lhs; self.tok = tok; self.tokPos = tokPos; self.rhs = rhs
    }
}

public final class GoStmt: Stmt {
    public let id: Int, pos: Pos
    public let call: any Expr
    public init(id: Int, pos: Pos, call: any Expr) { self.id = id; self.pos = pos; self.call = call }
}

public final class DeferStmt: Stmt {
    public let id: Int, pos: Pos
    public let call: any Expr
    public init(id: Int, pos: Pos, call: any Expr) { self.id = id; self.pos = pos; self.call = call }
}

public final class ReturnStmt: Stmt {
    public let id: Int, pos: Pos
    public let results: [any Expr]
    public init(id: Int, pos: Pos, results: [any Expr]) { self.id = id; self.pos = pos; self.results = results }
}

/// break, continue, goto or fallthrough.
public final class BranchStmt: Stmt {
    public let id: Int, pos: Pos
    public let tok: Token
    public let label: Ident?
    public init(id: Int, pos: Pos, tok: Token, label: Ident?) { self.id = id; self.pos = pos; self.tok = tok; self.label = label }
}

public final class BlockStmt: Stmt {
    public let id: Int, pos: Pos
    public let stmts: [any Stmt]
    public let rbrace: Pos
    public init(id: Int, pos: Pos, stmts: [any Stmt], rbrace: Pos) { self.id = id; self.pos = pos; self.stmts = stmts; self.rbrace = rbrace }
}

public final class IfStmt: Stmt {
    public let id: Int, pos: Pos
    public let initStmt: (any Stmt)?
    public let cond: any Expr
    public let body: BlockStmt
    /// nil, an IfStmt, or a BlockStmt.
    public let elseStmt: (any Stmt)?
    public init(id: Int, pos: Pos, initStmt: (any Stmt)?, cond: any Expr, body: BlockStmt, elseStmt: (any Stmt)?) {
        self.id = id; self.pos = pos; self.initStmt = initStmt; self.cond = cond; self.body = body; self.elseStmt = elseStmt
    }
}

/// A `case` of a switch or type switch; `list` nil means `default`.
public final class CaseClause: Stmt {
    public let id: Int, pos: Pos
    public let list: [any Expr]?
    public let colon: Pos
    public let body: [any Stmt]
    public init(id: Int, pos: Pos, list: [any Expr]?, colon: Pos, body: [any Stmt]) {
        self.id = id; self.pos = pos; self.list = list; self.colon = colon; self.body = body
    }
    public var isDefault: Bool { list == nil }
}

public final class SwitchStmt: Stmt {
    public let id: Int, pos: Pos
    public let initStmt: (any Stmt)?
    public let tag: (any Expr)?
    public let clauses: [CaseClause]
    public let rbrace: Pos
    public init(id: Int, pos: Pos, initStmt: (any Stmt)?, tag: (any Expr)?, clauses: [CaseClause], rbrace: Pos) {
        self.id = id; self.pos = pos; self.initStmt = initStmt; self.tag = tag; self.clauses = clauses; self.rbrace = rbrace
    }
}

/// `switch [init;] [v :=] x.(type) { ... }`.
public final class TypeSwitchStmt: Stmt {
    public let id: Int, pos: Pos
    public let initStmt: (any Stmt)?
    /// The `v` of `v := x.(type)`, if any.
    public let binding: Ident?
    /// The `x.(type)` expression (its `type` is nil).
    public let guardExpr: TypeAssertExpr
    public let clauses: [CaseClause]
    public let rbrace: Pos
    public init(id: Int, pos: Pos, initStmt: (any Stmt)?, binding: Ident?, guardExpr: TypeAssertExpr, clauses: [CaseClause], rbrace: Pos) {
        self.id = id; self.pos = pos; self.initStmt = initStmt; self.binding = binding; self.guardExpr = guardExpr
        self.clauses = clauses; self.rbrace = rbrace
    }
}

/// A `case` of a select; `comm` nil means `default`. comm is a SendStmt, an ExprStmt `<-c`,
/// or an AssignStmt `x[, ok] = <-c` / `x[, ok] := <-c`.
public final class CommClause: Stmt {
    public let id: Int, pos: Pos
    public let comm: (any Stmt)?
    public let colon: Pos
    public let body: [any Stmt]
    public init(id: Int, pos: Pos, comm: (any Stmt)?, colon: Pos, body: [any Stmt]) {
        self.id = id; self.pos = pos; self.comm = comm; self.colon = colon; self.body = body
    }
}

public final class SelectStmt: Stmt {
    public let id: Int, pos: Pos
    public let clauses: [CommClause]
    public let rbrace: Pos
    public init(id: Int, pos: Pos, clauses: [CommClause], rbrace: Pos) { self.id = id; self.pos = pos; self.clauses = clauses; self.rbrace = rbrace }
}

public final class ForStmt: Stmt {
    public let id: Int, pos: Pos
    public let initStmt: (any Stmt)?
    public let cond: (any Expr)?
    public let post: (any Stmt)?
    public let body: BlockStmt
    public init(id: Int, pos: Pos, initStmt: (any Stmt)?, cond: (any Expr)?, post: (any Stmt)?, body: BlockStmt) {
        self.id = id; self.pos = pos; self.initStmt = initStmt; self.cond = cond; self.post = post; self.body = body
    }
}

/// `for [k[, v] (:=|=)] range x { ... }`; `tok` is `.define`, `.assign`, or `.illegal` when
/// there are no iteration variables.
public final class RangeStmt: Stmt {
    public let id: Int, pos: Pos
    public let key: (any Expr)?, value: (any Expr)?
    public let tok: Token
    public let rangePos: Pos
    public let x: any Expr
    public let body: BlockStmt
    public init(id: Int, pos: Pos, key: (any Expr)?, value: (any Expr)?, tok: Token, rangePos: Pos, x: any Expr, body: BlockStmt) {
        self.id = id; self.pos = pos; self.key = key; self.value = value; self.tok = tok; self.rangePos = rangePos; self.x = x; self.body = body
    }
}
