// Prints a syntax tree back as Go source, in a fixed canonical layout (tabs, one statement per
// line, spaces around binary operators). Used for round-trip tests, `gointerp parse`, and for
// quoting expressions in error messages.

public struct GoPrinter {
    private var out = ""
    private var indent = 0

    public static func string(of node: any Node) -> String {
        var p = GoPrinter()
        p.node(node)
        return p.out
    }

    public static func string(of file: File) -> String {
        var p = GoPrinter()
        p.file(file)
        return p.out
    }

    private mutating func w(_ s: String) { out += s }
    private mutating func newline() { out += "\n" + String(repeating: "\t", count: indent) }

    private mutating func node(_ n: any Node) {
        switch n {
        case let e as any Expr: expr(e)
        case let s as any Stmt: stmt(s)
        case let d as any Decl: decl(d)
        case let s as any Spec: spec(s)
        case let f as FieldNode: field(f, sep: " ")
        case let f as File: file(f)
        default: w("<?>")
        }
    }

    // MARK: files and declarations

    private mutating func file(_ f: File) {
        w("package \(f.packageName.name)\n")
        for d in f.decls {
            w("\n")
            decl(d)
            w("\n")
        }
    }

    private mutating func decl(_ d: any Decl) {
        switch d {
        case let g as GenDecl:
            w(g.tok.text + " ")
            if g.isGrouped {
                w("(")
                indent += 1
                for s in g.specs { newline(); spec(s) }
                indent -= 1
                newline()
                w(")")
            } else if let s = g.specs.first {
                spec(s)
            }
        case let f as FuncDecl:
            w("func ")
            if let r = f.recv { w("("); field(r, sep: " "); w(") ") }
            w(f.name.name)
            signature(f.type)
            if let b = f.body { w(" "); block(b) }
        default:
            w("BadDecl")
        }
    }

    private mutating func spec(_ s: any Spec) {
        switch s {
        case let i as ImportSpec:
            if let n = i.name { w(n.name + " ") }
            w(i.path.value)
        case let v as ValueSpec:
            w(v.names.map(\.name).joined(separator: ", "))
            if let t = v.type { w(" "); expr(t) }
            if !v.values.isEmpty { w(" = "); exprs(v.values) }
        case let t as TypeSpec:
            w(t.name.name)
            if !t.typeParams.isEmpty { w("["); fields(t.typeParams, sep: " "); w("]") }
            w(t.isAlias ? " = " : " ")
            expr(t.type)
        default:
            w("<?spec>")
        }
    }

    // MARK: fields and signatures

    private mutating func field(_ f: FieldNode, sep: String) {
        if !f.names.isEmpty { w(f.names.map(\.name).joined(separator: ", ") + sep) }
        expr(f.type)
        if let t = f.tag { w(" " + t.value) }
    }

    private mutating func fields(_ fs: [FieldNode], sep: String) {
        for (i, f) in fs.enumerated() {
            if i > 0 { w(", ") }
            field(f, sep: sep)
        }
    }

    private mutating func signature(_ t: FuncTypeExpr) {
        if !t.typeParams.isEmpty { w("["); fields(t.typeParams, sep: " "); w("]") }
        w("(")
        fields(t.params, sep: " ")
        w(")")
        if t.results.isEmpty { return }
        w(" ")
        if t.results.count == 1 && t.results[0].names.isEmpty {
            expr(t.results[0].type)
        } else {
            w("("); fields(t.results, sep: " "); w(")")
        }
    }

    // MARK: expressions

    private mutating func exprs(_ l: [any Expr]) {
        for (i, e) in l.enumerated() {
            if i > 0 { w(", ") }
            expr(e)
        }
    }

    private mutating func expr(_ e: any Expr) {
        switch e {
        case is BadExpr: w("BadExpr")
        case let x as Ident: w(x.name)
        case let x as BasicLit: w(x.value)
        case let x as CompositeLit:
            if let t = x.type { expr(t) }
            w("{"); exprs(x.elements); w("}")
        case let x as KeyValueExpr: expr(x.key); w(": "); expr(x.value)
        case let x as FuncLit:
            w("func"); signature(x.type); w(" "); block(x.body)
        case let x as ParenExpr: w("("); expr(x.x); w(")")
        case let x as SelectorExpr: expr(x.x); w("." + x.sel.name)
        case let x as IndexExpr: expr(x.x); w("["); exprs(x.indices); w("]")
        case let x as SliceExpr:
            expr(x.x); w("[")
            if let l = x.low { expr(l) }
            w(":")
            if let h = x.high { expr(h) }
            if x.slice3 { w(":"); if let m = x.max { expr(m) } }
            w("]")
        case let x as TypeAssertExpr:
            expr(x.x); w(".(")
            if let t = x.type { expr(t) } else { w("type") }
            w(")")
        case let x as CallExpr:
            expr(x.fun); w("("); exprs(x.args)
            if x.hasEllipsis { w("...") }
            w(")")
        case let x as StarExpr: w("*"); expr(x.x)
        case let x as UnaryExpr:
            w(x.op.text)
            // Keep `- -x` and `<-<-c` from gluing into other tokens.
            if let u = x.x as? UnaryExpr, (u.op == x.op && (x.op == .sub || x.op == .add)) { w(" ") }
            expr(x.x)
        case let x as BinaryExpr: expr(x.x); w(" \(x.op.text) "); expr(x.y)
        case let x as ArrayTypeExpr:
            w("[")
            if let l = x.len { expr(l) }
            w("]"); expr(x.elem)
        case let x as Ellipsis: w("..."); if let e = x.elem { expr(e) }
        case let x as StructTypeExpr:
            if x.fields.isEmpty { w("struct{}"); return }
            w("struct {")
            indent += 1
            for f in x.fields { newline(); field(f, sep: " ") }
            indent -= 1
            newline(); w("}")
        case let x as FuncTypeExpr: w("func"); signature(x)
        case let x as InterfaceTypeExpr:
            if x.elements.isEmpty { w("interface{}"); return }
            w("interface {")
            indent += 1
            for f in x.elements {
                newline()
                if let n = f.names.first, let ft = f.type as? FuncTypeExpr { w(n.name); signature(ft) } else { expr(f.type) }
            }
            indent -= 1
            newline(); w("}")
        case let x as MapTypeExpr: w("map["); expr(x.key); w("]"); expr(x.value)
        case let x as ChanTypeExpr:
            switch x.dir {
            case .both: w("chan ")
            case .send: w("chan<- ")
            case .recv: w("<-chan ")
            }
            expr(x.elem)
        default: w("<?expr>")
        }
    }

    // MARK: statements

    private mutating func block(_ b: BlockStmt) {
        w("{")
        indent += 1
        for s in b.stmts where !(s is EmptyStmt) { newline(); stmt(s) }
        indent -= 1
        newline()
        w("}")
    }

    private mutating func body(_ l: [any Stmt]) {
        indent += 1
        for s in l where !(s is EmptyStmt) { newline(); stmt(s) }
        indent -= 1
    }

    private mutating func stmt(_ s: any Stmt) {
        switch s {
        case is BadStmt: w("BadStmt")
        case let x as DeclStmt: decl(x.decl)
        case is EmptyStmt: break
        case let x as LabeledStmt:
            w(x.label.name + ":")
            if !(x.stmt is EmptyStmt) { newline(); stmt(x.stmt) }
        case let x as ExprStmt: expr(x.x)
        case let x as SendStmt: expr(x.chan); w(" <- "); expr(x.value)
        case let x as IncDecStmt: expr(x.x); w(x.tok.text)
        case let x as AssignStmt: exprs(x.lhs); w(" \(x.tok.text) "); exprs(x.rhs)
        case let x as GoStmt: w("go "); expr(x.call)
        case let x as DeferStmt: w("defer "); expr(x.call)
        case let x as ReturnStmt:
            w("return")
            if !x.results.isEmpty { w(" "); exprs(x.results) }
        case let x as BranchStmt:
            w(x.tok.text)
            if let l = x.label { w(" " + l.name) }
        case let x as BlockStmt: block(x)
        case let x as IfStmt:
            w("if ")
            if let i = x.initStmt { stmt(i); w("; ") }
            expr(x.cond); w(" "); block(x.body)
            if let e = x.elseStmt { w(" else "); stmt(e) }
        case let x as SwitchStmt:
            w("switch ")
            if let i = x.initStmt { stmt(i); w("; ") }
            if let t = x.tag { expr(t); w(" ") }
            w("{")
            for c in x.clauses { newline(); caseClause(c) }
            newline(); w("}")
        case let x as TypeSwitchStmt:
            w("switch ")
            if let i = x.initStmt { stmt(i); w("; ") }
            if let b = x.binding { w(b.name + " := ") }
            expr(x.guardExpr); w(" {")
            for c in x.clauses { newline(); caseClause(c) }
            newline(); w("}")
        case let x as CaseClause: caseClause(x)
        case let x as SelectStmt:
            w("select {")
            for c in x.clauses {
                newline()
                if let comm = c.comm { w("case "); stmt(comm); w(":") } else { w("default:") }
                body(c.body)
            }
            newline(); w("}")
        case let x as ForStmt:
            w("for ")
            if x.initStmt != nil || x.post != nil {
                if let i = x.initStmt { stmt(i) }
                w("; ")
                if let c = x.cond { expr(c) }
                w("; ")
                if let p = x.post { stmt(p); w(" ") }
            } else if let c = x.cond {
                expr(c); w(" ")
            }
            block(x.body)
        case let x as RangeStmt:
            w("for ")
            if let k = x.key {
                expr(k)
                if let v = x.value { w(", "); expr(v) }
                w(" \(x.tok.text) ")
            }
            w("range "); expr(x.x); w(" "); block(x.body)
        default: w("<?stmt>")
        }
    }

    private mutating func caseClause(_ c: CaseClause) {
        if let l = c.list { w("case "); exprs(l); w(":") } else { w("default:") }
        body(c.body)
    }
}
