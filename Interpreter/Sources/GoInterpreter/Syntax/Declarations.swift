// Declarations and the file node.

public final class ImportSpec: Spec {
    public let id: Int, pos: Pos
    /// nil, a name, `.` or `_`.
    public let name: Ident?
    public let path: BasicLit
    public init(id: Int, pos: Pos, name: Ident?, path: BasicLit) { self.id = id; self.pos = pos; self.name = name; self.path = path }
}

/// One line of a `const` or `var` declaration. For constants, `iota` is the spec's index in its
/// group, and a spec written without type and values repeats the previous one: `implicitFrom`
/// then points to the spec whose type and expressions apply (evaluated again with this iota).
public final class ValueSpec: Spec {
    public let id: Int, pos: Pos
    public let names: [Ident]
    public let type: (any Expr)?
    public let values: [any Expr]
    public let iota: Int
    public let implicitFrom: ValueSpec?
    public init(id: Int, pos: Pos, names: [Ident], type: (any Expr)?, values: [any Expr], iota: Int, implicitFrom: ValueSpec?) {
        self.id = id; self.pos = pos; self.names = names; self.type = type; self.values = values
        self.iota = iota; self.implicitFrom = implicitFrom
    }
    /// The type expression in effect (written or inherited).
    public var effectiveType: (any Expr)? { implicitFrom?.type ?? type }
    /// The value expressions in effect (written or inherited).
    public var effectiveValues: [any Expr] { implicitFrom?.values ?? values }
}

/// `type Name[TP] T` or the alias `type Name = T` (`assign` known).
public final class TypeSpec: Spec {
    public let id: Int, pos: Pos
    public let name: Ident
    public let typeParams: [FieldNode]
    public let assign: Pos
    public let type: any Expr
    public init(id: Int, pos: Pos, name: Ident, typeParams: [FieldNode], assign: Pos, type: any Expr) {
        self.id = id; self.pos = pos; self.name = name; self.typeParams = typeParams; self.assign = assign; self.type = type
    }
    public var isAlias: Bool { assign.isKnown }
}

/// import, const, type or var declaration, grouped `( ... )` or not.
public final class GenDecl: Decl {
    public let id: Int, pos: Pos
    public let tok: Token
    public let lparen: Pos
    public let specs: [any Spec]
    public let rparen: Pos
    public init(id: Int, pos: Pos, tok: Token, lparen: Pos, specs: [any Spec], rparen: Pos) {
        self.id = id; self.pos = pos; self.tok = tok; self.lparen = lparen; self.specs = specs; self.rparen = rparen
    }
    public var isGrouped: Bool { lparen.isKnown }
}

/// A function or method; `recv` is set for methods, `body` is nil for external declarations.
public final class FuncDecl: Decl {
    public let id: Int, pos: Pos
    public let recv: FieldNode?
    public let name: Ident
    public let type: FuncTypeExpr
    public let body: BlockStmt?
    public init(id: Int, pos: Pos, recv: FieldNode?, name: Ident, type: FuncTypeExpr, body: BlockStmt?) {
        self.id = id; self.pos = pos; self.recv = recv; self.name = name; self.type = type; self.body = body
    }
}

public final class BadDecl: Decl {
    public let id: Int, pos: Pos
    public init(id: Int, pos: Pos) { self.id = id; self.pos = pos }
}

/// One parsed source file.
public final class File: Node {
    public let id: Int, pos: Pos
    public let source: SourceFile
    public let packageName: Ident
    public let decls: [any Decl]
    public let imports: [ImportSpec]
    public init(id: Int, pos: Pos, source: SourceFile, packageName: Ident, decls: [any Decl], imports: [ImportSpec]) {
        self.id = id; self.pos = pos; self.source = source; self.packageName = packageName; self.decls = decls; self.imports = imports
    }
}
