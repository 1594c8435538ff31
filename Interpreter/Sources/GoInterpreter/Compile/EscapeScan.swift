// Finds local variables whose address is taken (`&x`, or a pointer-method call on an
// addressable non-struct variable): they live in cells so pointers can share them.
struct EscapeScan {
    let info: CheckedInfo
    var escaping: Set<ObjectIdentifier> = []

    mutating func markAddressed(_ e: any Expr) {
        let x = unparen(e)
        if let id = x as? Ident, let o = info.objects[id.id], !o.isPackageLevel { escaping.insert(ObjectIdentifier(o)) }
    }

    mutating func expr(_ e: (any Expr)?) {
        guard let e = e else { return }
        switch e {
        case let u as UnaryExpr:
            if u.op == .and { markAddressed(u.x) }
            expr(u.x)
        case let b as BinaryExpr: expr(b.x); expr(b.y)
        case let p as ParenExpr: expr(p.x)
        case let s as SelectorExpr:
            if let sel = info.selections[s.id], sel.needsAddressableReceiver { markAddressed(s.x) }
            expr(s.x)
        case let i as IndexExpr: expr(i.x); i.indices.forEach { expr($0) }
        case let s as SliceExpr: expr(s.x); expr(s.low); expr(s.high); expr(s.max)
        case let t as TypeAssertExpr: expr(t.x)
        case let c as CallExpr: expr(c.fun); c.args.forEach { expr($0) }
        case let s as StarExpr: expr(s.x)
        case let c as CompositeLit: c.elements.forEach { expr($0) }
        case let kv as KeyValueExpr: expr(kv.key); expr(kv.value)
        case let f as FuncLit: stmt(f.body)
        default: break
        }
    }

    mutating func stmt(_ s: (any Stmt)?) {
        guard let s = s else { return }
        switch s {
        case let b as BlockStmt: b.stmts.forEach { stmt($0) }
        case let e as ExprStmt: expr(e.x)
        case let a as AssignStmt: a.lhs.forEach { expr($0) }; a.rhs.forEach { expr($0) }
        case let i as IncDecStmt: expr(i.x)
        case let d as DeclStmt:
            for sp in d.decl.specs { if let vs = sp as? ValueSpec { vs.values.forEach { expr($0) } } }
        case let l as LabeledStmt: stmt(l.stmt)
        case let g as GoStmt: expr(g.call)
        case let d as DeferStmt: expr(d.call)
        case let r as ReturnStmt: r.results.forEach { expr($0) }
        case let i as IfStmt: stmt(i.initStmt); expr(i.cond); stmt(i.body); stmt(i.elseStmt)
        case let c as CaseClause: c.list?.forEach { expr($0) }; c.body.forEach { stmt($0) }
        case let sw as SwitchStmt: stmt(sw.initStmt); expr(sw.tag); sw.clauses.forEach { stmt($0) }
        case let ts as TypeSwitchStmt: stmt(ts.initStmt); expr(ts.guardExpr.x); ts.clauses.forEach { stmt($0) }
        case let cc as CommClause: stmt(cc.comm); cc.body.forEach { stmt($0) }
        case let sel as SelectStmt: sel.clauses.forEach { stmt($0) }
        case let f as ForStmt: stmt(f.initStmt); expr(f.cond); stmt(f.post); stmt(f.body)
        case let r as RangeStmt: expr(r.x); stmt(r.body)
        case let s as SendStmt: expr(s.chan); expr(s.value)
        default: break
        }
    }
}
