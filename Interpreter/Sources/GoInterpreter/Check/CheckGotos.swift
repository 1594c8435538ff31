// goto rules (spec "Goto statements"): a goto may not jump over a variable declaration in
// its block, nor into a block from outside it.

extension Checker {
    private struct Step { let owner: Int; let index: Int }

    func checkGotos(_ body: BlockStmt) {
        var labels: [String: [Step]] = [:]
        var gotos: [(BranchStmt, [Step])] = []
        var lists: [Int: [any Stmt]] = [:]

        func walk(_ list: [any Stmt], owner: Int, _ path: [Step]) {
            lists[owner] = list
            for (i, s) in list.enumerated() { visit(s, path + [Step(owner: owner, index: i)]) }
        }
        func visit(_ s: any Stmt, _ path: [Step]) {
            switch s {
            case let l as LabeledStmt:
                labels[l.label.name] = path
                visit(l.stmt, path)
            case let b as BranchStmt where b.tok == .kwGoto: gotos.append((b, path))
            case let b as BlockStmt: walk(b.stmts, owner: b.id, path)
            case let i as IfStmt:
                walk(i.body.stmts, owner: i.body.id, path)
                if let e = i.elseStmt { visit(e, path) }
            case let f as ForStmt: walk(f.body.stmts, owner: f.body.id, path)
            case let r as RangeStmt: walk(r.body.stmts, owner: r.body.id, path)
            case let sw as SwitchStmt: for c in sw.clauses { walk(c.body, owner: c.id, path) }
            case let ts as TypeSwitchStmt: for c in ts.clauses { walk(c.body, owner: c.id, path) }
            case let sel as SelectStmt: for c in sel.clauses { walk(c.body, owner: c.id, path) }
            default: break
            }
        }
        walk(body.stmts, owner: body.id, [])

        for (g, gpath) in gotos {
            guard let name = g.label?.name, let lpath = labels[name], let last = lpath.last else { continue }
            let n = lpath.count
            let sameBlocks = gpath.count >= n && zip(gpath.prefix(n), lpath).allSatisfy { $0.owner == $1.owner }
            if !sameBlocks {
                error(g.label!.pos, "goto \(name) jumps into block")
                continue
            }
            let from = gpath[n - 1].index
            guard from < last.index, let list = lists[last.owner] else { continue }
            for k in (from + 1)..<last.index {
                if let declPos = variableDeclaration(list[k]) {
                    error(g.label!.pos, "goto \(name) jumps over variable declaration at line \(fset.position(of: declPos).line)")
                    break
                }
            }
        }
    }

    private func variableDeclaration(_ s: any Stmt) -> Pos? {
        switch s {
        case let d as DeclStmt where d.decl.tok == .kwVar:
            return (d.decl.specs.first as? ValueSpec)?.names.first?.pos
        case let a as AssignStmt where a.tok == .define:
            return a.lhs.first?.pos
        case let l as LabeledStmt:
            return variableDeclaration(l.stmt)
        default:
            return nil
        }
    }
}
