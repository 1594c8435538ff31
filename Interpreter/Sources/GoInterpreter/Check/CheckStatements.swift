// Statements and function bodies.

/// Where break/continue/fallthrough may appear, and the labels in scope.
struct BranchContext {
    var breakOK = false
    var continueOK = false
    /// Labels of enclosing labeled statements: name → (is loop, is breakable).
    var enclosingLabels: [String: (loop: Bool, breakable: Bool)] = [:]
    /// All labels of the function, for goto, with use flags.
    var labels: [String: Object] = [:]
    var gotos: [BranchStmt] = []
}

extension Checker {
    func checkFuncBody(_ ft: FuncTypeExpr, body: BlockStmt, scope: Scope, object: Object?, depth: Int = 1) {
        let savedResults = funcResults, savedObjs = funcResultObjects, savedDepth = funcDepth
        let savedBranch = branchContext, savedUnused = localVarsForUnused, savedIota = iota
        iota = nil
        funcDepth = depth
        let sig = (object?.type.signature) ?? (info.types[ft.id]?.signature)
        funcResults = sig?.results ?? resultTypes(ft, scope)
        funcResultObjects = ft.results.flatMap(\.names).compactMap { info.objects[$0.id] }
        branchContext = BranchContext()
        localVarsForUnused = []
        collectLabels(body.stmts)
        stmtList(body.stmts, scope)
        for g in branchContext.gotos {
            guard let l = g.label else { continue }
            if let lo = branchContext.labels[l.name] { lo.used = true; record(l, lo) } else { error(l.pos, "label \(l.name) not defined") }
        }
        checkGotos(body)
        for (_, lo) in branchContext.labels where !lo.used {
            error(lo.pos, "label \(lo.name) defined and not used")
        }
        if let r = funcResults, !r.isEmpty, !isTerminatingList(body.stmts, label: nil) {
            error(body.rbrace, "missing return")
        }
        for v in localVarsForUnused where !v.used && v.name != "_" {
            warning(v.pos, "declared and not used: \(v.name)")
        }
        funcResults = savedResults; funcResultObjects = savedObjs; funcDepth = savedDepth
        branchContext = savedBranch; localVarsForUnused = savedUnused; iota = savedIota
    }

    private func resultTypes(_ ft: FuncTypeExpr, _ scope: Scope) -> [GoType] {
        ft.results.flatMap { f in Array(repeating: info.types[f.type.id] ?? .invalid, count: max(1, f.names.count)) }
    }

    private func collectLabels(_ stmts: [any Stmt]) {
        for s in stmts {
            switch s {
            case let l as LabeledStmt:
                if l.label.name != "_" {
                    let o = newObject(.label, l.label.name, l.label.pos)
                    record(l.label, o)
                    if branchContext.labels[l.label.name] != nil {
                        error(l.label.pos, "label \(l.label.name) already defined")
                    } else {
                        branchContext.labels[l.label.name] = o
                    }
                }
                collectLabels([l.stmt])
            case let b as BlockStmt: collectLabels(b.stmts)
            case let i as IfStmt:
                collectLabels(i.body.stmts)
                if let e = i.elseStmt { collectLabels([e]) }
            case let f as ForStmt: collectLabels(f.body.stmts)
            case let r as RangeStmt: collectLabels(r.body.stmts)
            case let sw as SwitchStmt: for c in sw.clauses { collectLabels(c.body) }
            case let ts as TypeSwitchStmt: for c in ts.clauses { collectLabels(c.body) }
            case let sel as SelectStmt: for c in sel.clauses { collectLabels(c.body) }
            default: break
            }
        }
    }

    func declareLocal(_ o: Object, _ ident: Ident, _ scope: Scope) {
        o.funcDepth = funcDepth
        record(ident, o)
        if o.name == "_" { return }
        if let other = scope.insert(o) { redeclared(o.name, at: ident.pos, other: other) }
        if o.kind == .variable { localVarsForUnused.append(o) }
    }

    func stmtList(_ list: [any Stmt], _ scope: Scope) {
        for (i, s) in list.enumerated() {
            stmt(s, scope, isLastInCase: false, fallthroughOK: false, index: i, count: list.count)
        }
    }

    func stmt(_ s: any Stmt, _ scope: Scope, isLastInCase: Bool = false, fallthroughOK: Bool = false, index: Int = 0, count: Int = 0) {
        switch s {
        case is EmptyStmt, is BadStmt: break
        case let x as DeclStmt: localDecl(x.decl, scope)
        case let x as LabeledStmt:
            let isLoop = x.stmt is ForStmt || x.stmt is RangeStmt
            let breakable = isLoop || x.stmt is SwitchStmt || x.stmt is TypeSwitchStmt || x.stmt is SelectStmt
            let saved = branchContext.enclosingLabels
            branchContext.enclosingLabels[x.label.name] = (isLoop, breakable)
            stmt(x.stmt, scope, isLastInCase: isLastInCase, fallthroughOK: fallthroughOK)
            branchContext.enclosingLabels = saved
        case let x as ExprStmt:
            let op = rawExpr(x.x, scope, hint: nil)
            if op.isInvalid { return }
            let inner = unparen(x.x)
            var isCall = false
            if let c = inner as? CallExpr {
                isCall = true
                // Calls of most builtins (len, append, …) are not statements.
                if let fi = unparen(c.fun) as? Ident, let o = info.objects[fi.id], o.kind == .builtin, let b = o.builtin {
                    switch b {
                    case .copy, .panic, .print, .println, .recover, .close, .delete, .clear: break
                    default: isCall = false
                    }
                }
                if op.mode == .typeExpr { isCall = false }
            }
            let isRecv = (inner as? UnaryExpr)?.op == .arrow
            if !isCall && !isRecv {
                var d = op
                if d.mode == .commaOK { d.mode = .value }
                error(x.x.pos, "\(describe(d)) is not used")
            }
        case let x as SendStmt:
            let ch = expr(x.chan, scope)
            var v = expr(x.value, scope)
            if ch.isInvalid || v.isInvalid { return }
            guard let core = coreType(ch.type), case .chan(let elem, let dir) = core.kind else {
                error(x.arrow, "invalid operation: cannot send to non-channel \(describe(ch))")
                return
            }
            if dir == .receive {
                error(x.arrow, "invalid operation: cannot send to receive-only channel \(describe(ch))")
                return
            }
            assign(&v, to: elem, context: "send")
        case let x as IncDecStmt:
            var v = expr(x.x, scope)
            if v.isInvalid { return }
            if !allTypes(v.type, { $0.underlying.basicKind?.isNumeric ?? false }) {
                error(x.x.pos, "invalid operation: \(ExprString.string(x.x))\(x.tok.text) (non-numeric type \(typeString(v.type)))")
                return
            }
            v.mode = info.modes[x.x.id]
            checkAssignable(v)
        case let x as AssignStmt: assignStmt(x, scope)
        case let x as GoStmt: callStmt(x.call, "go", scope)
        case let x as DeferStmt: callStmt(x.call, "defer", scope)
        case let x as ReturnStmt: returnStmt(x, scope)
        case let x as BranchStmt: branchStmt(x, isLastInCase: isLastInCase, fallthroughOK: fallthroughOK)
        case let x as BlockStmt:
            stmtList(x.stmts, Scope(parent: scope))
        case let x as IfStmt:
            let s = Scope(parent: scope)
            if let i = x.initStmt { stmt(i, s) }
            let c = expr(x.cond, s)
            if !c.isInvalid && !allTypes(c.type, { $0.underlying.basicKind?.isBoolean ?? false }) {
                error(x.cond.pos, "non-boolean condition in if statement")
            }
            stmtList(x.body.stmts, Scope(parent: s))
            if let e = x.elseStmt { stmt(e, s) }
        case let x as SwitchStmt: switchStmt(x, scope)
        case let x as TypeSwitchStmt: typeSwitchStmt(x, scope)
        case let x as SelectStmt: selectStmt(x, scope)
        case let x as ForStmt:
            let s = Scope(parent: scope)
            if let i = x.initStmt { stmt(i, s) }
            if let c = x.cond {
                let cv = expr(c, s)
                if !cv.isInvalid && !allTypes(cv.type, { $0.underlying.basicKind?.isBoolean ?? false }) {
                    error(c.pos, "non-boolean condition in for statement")
                }
            }
            if let p = x.post { stmt(p, s) }
            withLoop { stmtList(x.body.stmts, Scope(parent: s)) }
        case let x as RangeStmt: rangeStmt(x, scope)
        case is CaseClause, is CommClause:
            error(s.pos, "unexpected case clause")
        default:
            error(s.pos, "unexpected statement")
        }
    }

    private func withLoop(_ body: () -> Void) {
        let saved = branchContext
        branchContext.breakOK = true
        branchContext.continueOK = true
        body()
        // Keep what the body recorded for the whole function: label uses and gotos
        // (a goto inside a loop that jumps out of it must still count as a use).
        let labels = branchContext.labels, gotos = branchContext.gotos
        branchContext = saved
        branchContext.labels = labels
        branchContext.gotos = gotos
    }

    private func withBreakable(_ body: () -> Void) {
        let saved = branchContext
        branchContext.breakOK = true
        body()
        let labels = branchContext.labels, gotos = branchContext.gotos
        branchContext = saved
        branchContext.labels = labels
        branchContext.gotos = gotos
    }

    private func branchStmt(_ x: BranchStmt, isLastInCase: Bool, fallthroughOK: Bool) {
        switch x.tok {
        case .kwBreak:
            if let l = x.label {
                guard let info = branchContext.enclosingLabels[l.name], info.breakable else {
                    error(l.pos, "invalid break label \(l.name)")
                    return
                }
                if let lo = branchContext.labels[l.name] { lo.used = true; record(l, lo) }
            } else if !branchContext.breakOK {
                error(x.pos, "break is not in a loop, switch, or select")
            }
        case .kwContinue:
            if let l = x.label {
                guard let info = branchContext.enclosingLabels[l.name], info.loop else {
                    error(l.pos, "invalid continue label \(l.name)")
                    return
                }
                if let lo = branchContext.labels[l.name] { lo.used = true; record(l, lo) }
            } else if !branchContext.continueOK {
                error(x.pos, "continue is not in a loop")
            }
        case .kwGoto:
            branchContext.gotos.append(x)
        case .kwFallthrough:
            if !fallthroughOK {
                error(x.pos, isLastInCase ? "cannot fallthrough final case in switch" : "fallthrough statement out of place")
            }
        default: break
        }
    }

    private func callStmt(_ call: any Expr, _ what: String, _ scope: Scope) {
        guard let c = unparen(call) as? CallExpr else {
            error(call.pos, "expression in \(what) must be function call")
            _ = rawExpr(call, scope, hint: nil)
            return
        }
        let x = rawExpr(c, scope, hint: nil)
        if x.mode == .typeExpr || (info.modes[c.fun.id] == .typeExpr) {
            error(call.pos, "\(what) requires function call, not conversion")
            return
        }
        if let fi = unparen(c.fun) as? Ident, let o = info.objects[fi.id], o.kind == .builtin, let b = o.builtin {
            switch b {
            case .copy, .panic, .print, .println, .recover, .close, .delete, .clear: break
            default: error(call.pos, "\(what) discards result of \(ExprString.string(c))")
            }
        }
    }

    /// Reports if x cannot be assigned to.
    @discardableResult
    func checkAssignable(_ x: Operand) -> Bool {
        switch x.mode {
        case .invalid: return false
        case .variable, .mapIndex: return true
        default:
            if let sel = unparen(x.expr) as? SelectorExpr, info.modes[sel.x.id] == .mapIndex {
                error(x.expr.pos, "cannot assign to struct field \(ExprString.string(x.expr)) in map")
                return false
            }
            error(x.expr.pos, "cannot assign to \(ExprString.string(x.expr)) (neither addressable nor a map index expression)")
            return false
        }
    }

    /// An assignment target: a variable, map index, or `_`. Does not count as a use.
    private func lhsOperand(_ e: any Expr, _ scope: Scope) -> Operand? {
        if let i = unparen(e) as? Ident {
            if i.name == "_" {
                if i.id < info.types.count { info.types[i.id] = nil }
                return nil
            }
            if let o = scope.lookup(i.name), o.kind == .variable {
                let wasUsed = o.used
                let x = rawExpr(e, scope, hint: nil)
                o.used = wasUsed
                return x
            }
        }
        return rawExpr(e, scope, hint: nil)
    }

    func assignStmt(_ x: AssignStmt, _ scope: Scope) {
        if let base = x.tok.assignOpBase {
            // x op= y
            guard x.lhs.count == 1, x.rhs.count == 1 else {
                error(x.tokPos, "assignment operation \(x.tok.text) requires single-valued expressions")
                return
            }
            let bin = BinaryExpr(id: Int.max, x: x.lhs[0], op: base, opPos: x.tokPos, y: x.rhs[0])
            var r = bin.op == .shl || bin.op == .shr ? shift(bin, scope, hint: nil) : binary(bin, scope, hint: nil)
            if r.isInvalid { return }
            let l = Operand(mode: info.modes[x.lhs[0].id], expr: x.lhs[0], type: info.types[x.lhs[0].id] ?? .invalid)
            if checkAssignable(l) {
                r.expr = x.rhs[0]
                if r.type.isUntyped { convertUntyped(&r, to: l.type) }
            }
            return
        }
        if x.tok == .define {
            shortVarDecl(x, scope)
            return
        }
        // Plain assignment.
        let lhs: [Operand?] = x.lhs.map { lhsOperand($0, scope) }
        for case let l? in lhs { checkAssignable(l) }
        assignValues(lhs.map { $0?.type }, x.rhs, scope, lhsExprs: x.lhs, context: "assignment", at: x.lhs[0].pos)
    }

    /// Assigns rhs values to targets of the given types (nil: blank `_`).
    private func assignValues(_ targets: [GoType?], _ rhs: [any Expr], _ scope: Scope, lhsExprs: [any Expr], context: String, at pos: Pos) {
        if targets.count == rhs.count {
            for (t, r) in zip(targets, rhs) {
                var v = expr(r, scope, hint: t)
                if let t { assign(&v, to: t, context: context) } else { _ = initType(&v, context: context) }
            }
            return
        }
        if rhs.count == 1 {
            let v = multiExpr(rhs[0], scope)
            if v.isInvalid { return }
            if case .tuple(let ts) = v.type.kind, ts.count == targets.count {
                for (t, vt) in zip(targets, ts) {
                    guard let t else { continue }
                    var o = Operand(mode: .value, expr: v.expr, type: vt)
                    assignQuiet(&o, to: t, context: context)
                }
                return
            }
            if v.mode == .commaOK && targets.count == 2 {
                var v0 = v
                v0.mode = .value
                if let t = targets[0] { assign(&v0, to: t, context: context) } else { _ = initType(&v0, context: context) }
                if let t1 = targets[1] {
                    var ok = Operand(mode: .value, expr: v.expr, type: .untypedBool)
                    convertUntyped(&ok, to: t1)
                    if !(t1.underlying.basicKind?.isBoolean ?? false) && !t1.isInterface {
                        error(lhsExprs[1].pos, "cannot use \(ExprString.string(v.expr)) (untyped bool value) as \(typeString(t1)) value in \(context)")
                    }
                }
                markCommaOK(v.expr)
                return
            }
            assignmentMismatch(at: pos, lhs: targets.count, rhs: v)
            return
        }
        error(rhs[0].pos, "assignment mismatch: \(targets.count) variable\(targets.count == 1 ? "" : "s") but \(rhs.count) value\(rhs.count == 1 ? "" : "s")")
        for r in rhs { _ = expr(r, scope) }
    }

    private func shortVarDecl(_ x: AssignStmt, _ scope: Scope) {
        var newVars: [(Object, Ident)] = []
        var targets: [GoType?] = []
        var anyNew = false
        var pending: [Int: Object] = [:]
        for (i, l) in x.lhs.enumerated() {
            guard let id = l as? Ident else {
                error(l.pos, "non-name \(ExprString.string(l)) on left side of :=")
                _ = rawExpr(l, scope, hint: nil)
                targets.append(nil)
                continue
            }
            if id.name != "_", let existing = scope.lookupLocal(id.name) {
                record(id, existing)
                if existing.kind == .variable {
                    targets.append(existing.type)
                } else {
                    error(id.pos, "cannot assign to \(id.name)")
                    targets.append(nil)
                }
                continue
            }
            if id.name != "_" {
                if x.lhs[..<i].contains(where: { ($0 as? Ident)?.name == id.name }) {
                    error(id.pos, "\(id.name) repeated on left side of :=")
                    targets.append(nil)
                    continue
                }
                anyNew = true
            }
            let o = newObject(.variable, id.name, id.pos)
            pending[i] = o
            newVars.append((o, id))
            targets.append(nil)
        }
        if !anyNew { error(x.tokPos, "no new variables on left side of :=") }
        // Types of new variables come from the values.
        let rhs = x.rhs
        if targets.count == rhs.count {
            for (i, r) in rhs.enumerated() {
                var v = expr(r, scope, hint: targets[i])
                if let t = targets[i] { assign(&v, to: t, context: "assignment") }
                else if let o = pending[i] { o.type = initType(&v, context: "assignment") }
                else { _ = initType(&v, context: "assignment") }
            }
        } else if rhs.count == 1 {
            let v = multiExpr(rhs[0], scope)
            if !v.isInvalid {
                if case .tuple(let ts) = v.type.kind, ts.count == targets.count {
                    for (i, vt) in ts.enumerated() {
                        if let t = targets[i] {
                            var o = Operand(mode: .value, expr: v.expr, type: vt)
                            assignQuiet(&o, to: t, context: "assignment")
                        } else if let o = pending[i] { o.type = vt }
                    }
                } else if v.mode == .commaOK && targets.count == 2 {
                    var v0 = v
                    v0.mode = .value
                    if let t = targets[0] { assign(&v0, to: t, context: "assignment") }
                    else if let o = pending[0] { o.type = initType(&v0, context: "assignment") }
                    if let o = pending[1] { o.type = .bool }
                    markCommaOK(v.expr)
                } else {
                    assignmentMismatch(at: x.lhs[0].pos, lhs: targets.count, rhs: v)
                }
            }
        } else {
            error(rhs[0].pos, "assignment mismatch: \(targets.count) variable\(targets.count == 1 ? "" : "s") but \(rhs.count) value\(rhs.count == 1 ? "" : "s")")
            for r in rhs { _ = expr(r, scope) }
        }
        for (o, id) in newVars { declareLocal(o, id, scope) }
    }

    private func returnStmt(_ x: ReturnStmt, _ scope: Scope) {
        let want = funcResults ?? []
        if x.results.isEmpty {
            if !want.isEmpty && funcResultObjects.isEmpty {
                error(x.pos, "not enough return values\n\thave ()\n\twant \(tupleText(want))")
            }
            for o in funcResultObjects where scope.lookup(o.name) !== o && o.name != "_" {
                error(x.pos, "result parameter \(o.name) not in scope at return\n\tinner declaration of \(o.name)")
                break
            }
            return
        }
        if want.isEmpty {
            error(x.results[0].pos, "too many return values\n\thave \(typesSummary(x.results.map { expr($0, scope).type }))\n\twant ()")
            return
        }
        if x.results.count == 1 && want.count > 1 {
            let v = multiExpr(x.results[0], scope)
            if v.isInvalid { return }
            if case .tuple(let ts) = v.type.kind {
                if ts.count != want.count {
                    error(x.results[0].pos, "\(ts.count < want.count ? "not enough" : "too many") return values\n\thave \(typesSummary(ts))\n\twant \(tupleText(want))")
                    return
                }
                for (t, w) in zip(ts, want) {
                    var o = Operand(mode: .value, expr: v.expr, type: t)
                    assignQuiet(&o, to: w, context: "return statement")
                }
                return
            }
            error(x.results[0].pos, "not enough return values\n\thave \(typesSummary([v.type]))\n\twant \(tupleText(want))")
            return
        }
        var vals = x.results.enumerated().map { (i, r) in expr(r, scope, hint: i < want.count ? want[i] : nil) }
        if vals.count != want.count {
            let have = typesSummary(vals.map(\.type))
            let at = vals.count < want.count ? x.results[vals.count - 1].pos : x.results[want.count].pos
            error(at, "\(vals.count < want.count ? "not enough" : "too many") return values\n\thave \(have)\n\twant \(tupleText(want))")
            return
        }
        for i in vals.indices { assign(&vals[i], to: want[i], context: "return statement") }
    }

    func tupleText(_ ts: [GoType]) -> String { "(" + ts.map { typeString($0) }.joined(separator: ", ") + ")" }

    private func switchStmt(_ x: SwitchStmt, _ scope: Scope) {
        let s = Scope(parent: scope)
        if let i = x.initStmt { stmt(i, s) }
        var tag: Operand? = nil
        if let t = x.tag {
            var v = expr(t, s)
            if !v.isInvalid {
                if v.isNil { error(t.pos, "use of untyped nil in switch expression"); v.mode = .invalid }
                else if v.type.isUntyped { convertUntyped(&v, to: defaultType(v.type)) }
                if !v.isInvalid && !isComparable(v.type) && !hasNil(v.type) {
                    error(t.pos, "cannot switch on \(describe(v))")
                    v.mode = .invalid
                }
            }
            tag = v
        }
        var seen: [ConstantValue: Pos] = [:]
        var defaults = 0
        withBreakable {
            for (ci, c) in x.clauses.enumerated() {
                if c.list == nil {
                    defaults += 1
                    if defaults > 1 { error(c.pos, "multiple defaults in switch") }
                }
                for e in c.list ?? [] {
                    var v = expr(e, s)
                    if v.isInvalid { continue }
                    if var t = tag {
                        if t.isInvalid { continue }
                        var ok = matchTypes(&v, &t)
                        if ok { ok = assignableReason(v, to: t.type) == nil || assignableReason(t, to: v.type) == nil }
                        if !ok {
                            error(e.pos, "invalid case \(ExprString.string(e)) in switch on \(ExprString.string(t.expr)) (mismatched types \(typeString(v.type)) and \(typeString(t.type)))")
                            continue
                        }
                        if v.isNil && !hasNil(t.type) {
                            error(e.pos, "invalid case \(ExprString.string(e)) in switch on \(ExprString.string(t.expr)) (mismatched types untyped nil and \(typeString(t.type)))")
                        }
                    } else {
                        if !allTypes(v.type, { $0.underlying.basicKind?.isBoolean ?? false }) {
                            error(e.pos, "invalid case \(ExprString.string(e)) in switch (mismatched types \(typeString(v.type)) and bool)")
                            continue
                        }
                        if v.type.isUntyped { convertUntyped(&v, to: .bool) }
                    }
                    if v.mode == .constant {
                        if let prev = seen[v.value] {
                            error(e.pos, "duplicate case \(ExprString.string(e)) in expression switch\n\t\(fset.position(of: prev)): previous case")
                        } else {
                            seen[v.value] = e.pos
                        }
                    }
                }
                let cs = Scope(parent: s)
                for (i, st) in c.body.enumerated() {
                    let last = i == c.body.count - 1
                    stmt(st, cs, isLastInCase: ci == x.clauses.count - 1 && last, fallthroughOK: last && ci < x.clauses.count - 1)
                }
            }
        }
    }

    private func typeSwitchStmt(_ x: TypeSwitchStmt, _ scope: Scope) {
        let s = Scope(parent: scope)
        if let i = x.initStmt { stmt(i, s) }
        let g = expr(x.guardExpr.x, s)
        if x.guardExpr.id < info.types.count { info.types[x.guardExpr.id] = g.type; info.modes[x.guardExpr.id] = .value }
        var guardOK = !g.isInvalid
        if guardOK && !g.type.isInterface {
            error(x.guardExpr.x.pos, "\(describe(g)) is not an interface")
            guardOK = false
        }
        if let b = x.binding, b.name == "_" { error(b.pos, "no new variable on left side of :=") }
        var bindingObjects: [Object] = []
        var defaults = 0
        var seenTypes: [Int: Pos] = [:]
        var seenNil: Pos? = nil
        withBreakable {
            for c in x.clauses {
                var caseTypes: [GoType?] = []
                if c.list == nil {
                    defaults += 1
                    if defaults > 1 { error(c.pos, "multiple defaults in switch") }
                }
                for e in c.list ?? [] {
                    if let i = unparen(e) as? Ident, i.name == "nil", s.lookup("nil")?.kind == .nilValue {
                        if let o = s.lookup("nil") { record(i, o) }
                        if i.id < info.types.count { info.types[i.id] = .untypedNil; info.modes[i.id] = .value }
                        caseTypes.append(nil)
                        if let prev = seenNil {
                            error(e.pos, "multiple nil cases in type switch (first at \(fset.position(of: prev)))")
                        }
                        seenNil = e.pos
                        continue
                    }
                    let t = typ(e, s)
                    if t.isInvalid { continue }
                    if let prev = seenTypes[t.id] {
                        error(e.pos, "duplicate case \(typeString(t)) in type switch\n\t\(fset.position(of: prev)): previous case")
                    } else {
                        seenTypes[t.id] = e.pos
                    }
                    if guardOK && !t.isInterface, let why = missingMethod(t, g.type) {
                        error(e.pos, "impossible type switch case: \(describe(g)) cannot have dynamic type \(typeString(t)) \(parenthesized(why))")
                    }
                    caseTypes.append(t)
                }
                let cs = Scope(parent: s)
                if let b = x.binding, b.name != "_" {
                    let o = newObject(.variable, b.name, b.pos)
                    if caseTypes.count == 1, let t = caseTypes[0] { o.type = t } else { o.type = g.type }
                    o.funcDepth = funcDepth
                    cs.insert(o)
                    if c.id < info.implicits.count { info.implicits[c.id] = o }
                    bindingObjects.append(o)
                }
                for st in c.body {
                    if let f = st as? BranchStmt, f.tok == .kwFallthrough {
                        error(f.pos, "cannot fallthrough in type switch")
                        continue
                    }
                    stmt(st, cs)
                }
            }
        }
        if let b = x.binding, b.name != "_" {
            if bindingObjects.allSatisfy({ !$0.used }) {
                warning(b.pos, "declared and not used: \(b.name)")
            }
            // The binding identifier itself denotes the guard's type.
            if b.id < info.types.count { info.types[b.id] = g.type }
        }
    }

    private func selectStmt(_ x: SelectStmt, _ scope: Scope) {
        withBreakable {
            for c in x.clauses {
                let cs = Scope(parent: scope)
                if let comm = c.comm {
                    var valid = false
                    switch comm {
                    case is SendStmt: valid = true
                    case let e as ExprStmt: valid = (unparen(e.x) as? UnaryExpr)?.op == .arrow
                    case let a as AssignStmt:
                        valid = a.rhs.count == 1 && (unparen(a.rhs[0]) as? UnaryExpr)?.op == .arrow && (a.tok == .assign || a.tok == .define)
                    default: break
                    }
                    if !valid { error(comm.pos, "select case must be receive, send or assign recv") }
                    stmt(comm, cs)
                }
                stmtList(c.body, cs)
            }
        }
    }

    /// The yield function's signature if `sig` is an iterator: one parameter, a function
    /// of at most two parameters returning bool, and no results.
    static func rangeFunctionYield(_ sig: Signature) -> Signature? {
        guard sig.parameters.count == 1, sig.results.isEmpty, !sig.isVariadic,
              let yield = sig.parameters[0].underlying.signature, yield.parameters.count <= 2, !yield.isVariadic,
              yield.results.count == 1, yield.results[0].underlying.basicKind == .bool else { return nil }
        return yield
    }

    private func rangeStmt(_ x: RangeStmt, _ scope: Scope) {
        let s = Scope(parent: scope)
        var r = expr(x.x, scope)
        var keyType: GoType = .invalid, valueType: GoType? = nil
        var maxVars = 2
        var overFunction = false
        if !r.isInvalid {
            if r.type.isUntyped, r.mode == .constant {
                if case .int = r.value.toInt(), r.type.basicKind?.isNumeric == true { convertUntyped(&r, to: .int) }
                else if r.type.basicKind == .untypedString { convertUntyped(&r, to: .string) }
            }
            let core = coreType(r.type)
            switch core?.kind {
            case .basic(let k)? where k.isString: keyType = .int; valueType = .rune
            case .basic(let k)? where k.isInteger: keyType = r.type; valueType = nil; maxVars = 1
            case .array(let e, _)?: keyType = .int; valueType = e
            case .pointer(let p)? where p.underlying.kind.isArray:
                keyType = .int; valueType = p.underlying.elementType
            case .slice(let e)?: keyType = .int; valueType = e
            case .map(let k, let v)?: keyType = k; valueType = v
            case .chan(let e, let dir)?:
                keyType = e; valueType = nil; maxVars = 1
                if dir == .send { error(x.x.pos, "invalid operation: range \(ExprString.string(x.x)) (receive from send-only channel)") }
            case .signature(let sig)? where Self.rangeFunctionYield(sig) != nil:
                // Go 1.23 iterator functions: func(yield func(K, V) bool).
                let yield = Self.rangeFunctionYield(sig)!
                overFunction = true
                maxVars = yield.parameters.count
                keyType = yield.parameters.first ?? .invalid
                valueType = yield.parameters.count > 1 ? yield.parameters[1] : nil
            default:
                error(x.x.pos, "cannot range over \(describe(r))")
                r.mode = .invalid
            }
        }
        if !r.isInvalid, let v = x.value, maxVars == 1 {
            error(v.pos, "range over \(describe(r)) permits only one iteration variable")
        }
        if !r.isInvalid, let k = x.key, maxVars == 0 {
            error(k.pos, "range over \(describe(r)) permits no iteration variables")
        }
        // The body of a range over a function runs inside the yield function: its variables
        // and the ones it uses from outside are those of a nested function literal.
        if overFunction { funcDepth += 1 }
        defer { if overFunction { funcDepth -= 1 } }
        let vars: [(any Expr)?] = [x.key, x.value]
        let types: [GoType?] = [keyType, valueType]
        if x.tok == .define {
            var decls: [(Object, Ident)] = []
            for (e, t) in zip(vars, types) {
                guard let e else { continue }
                guard let id = e as? Ident else { error(e.pos, "non-name \(ExprString.string(e)) on left side of :="); continue }
                let o = newObject(.variable, id.name, id.pos)
                o.type = r.isInvalid ? .invalid : (t ?? .invalid)
                decls.append((o, id))
            }
            for (o, id) in decls { declareLocal(o, id, s) }
        } else if x.tok == .assign {
            for (e, t) in zip(vars, types) {
                guard let e, let l = lhsOperand(e, s) else { continue }
                if checkAssignable(l), let t, !r.isInvalid {
                    var v = Operand(mode: .value, expr: e, type: t)
                    assignQuiet(&v, to: l.type, context: "range")
                }
            }
        }
        withLoop { stmtList(x.body.stmts, Scope(parent: s)) }
    }

    // MARK: local declarations

    func localDecl(_ d: GenDecl, _ scope: Scope) {
        var iotaIndex = 0
        for spec in d.specs {
            switch spec {
            case let v as ValueSpec where d.tok == .kwConst:
                let savedIota = iota
                iota = .int(BigInt(Int64(v.iota)))
                var objs: [(Object, Ident)] = []
                for (i, n) in v.names.enumerated() {
                    let o = newObject(.constant, n.name, n.pos)
                    declareConstant(o, spec: v, index: i, scope: scope)
                    objs.append((o, n))
                }
                for (o, n) in objs {
                    o.funcDepth = funcDepth
                    record(n, o)
                    if o.name != "_", let other = scope.insert(o) { redeclared(o.name, at: n.pos, other: other) }
                }
                iota = savedIota
                iotaIndex += 1
            case let v as ValueSpec:
                let objs = v.names.map { newObject(.variable, $0.name, $0.pos) }
                declareVariables(objs, spec: v, scope: scope)
                for (o, n) in zip(objs, v.names) { declareLocal(o, n, scope) }
            case let t as TypeSpec:
                let o = newObject(.typeName, t.name.name, t.name.pos)
                if !t.isAlias {
                    if !t.typeParams.isEmpty { error(t.pos, "generic type cannot be declared inside a function") }
                    o.type = table.newNamed(t.name.name, package: pkg)
                }
                record(t.name, o)
                if let other = scope.insert(o) { redeclared(o.name, at: t.name.pos, other: other) }
                declareType(o, spec: t, scope: scope)
            default: break
            }
        }
    }

    // MARK: terminating statements (spec "Terminating statements")

    func isTerminatingList(_ list: [any Stmt], label: String?) -> Bool {
        guard let last = list.last(where: { !($0 is EmptyStmt) }) else { return false }
        return isTerminating(last, label: label)
    }

    func isTerminating(_ s: any Stmt, label: String?) -> Bool {
        switch s {
        case is ReturnStmt: return true
        case let b as BranchStmt: return b.tok == .kwGoto || b.tok == .kwFallthrough
        case let e as ExprStmt:
            if let c = unparen(e.x) as? CallExpr, let i = unparen(c.fun) as? Ident, let o = info.objects[i.id], o.kind == .builtin, o.builtin == .panic { return true }
            return false
        case let b as BlockStmt: return isTerminatingList(b.stmts, label: nil)
        case let i as IfStmt:
            guard let e = i.elseStmt else { return false }
            return isTerminatingList(i.body.stmts, label: nil) && isTerminating(e, label: nil)
        case let l as LabeledStmt: return isTerminating(l.stmt, label: l.label.name)
        case let f as ForStmt:
            return f.cond == nil && !hasBreak(f.body.stmts, label: label, top: true)
        case let sw as SwitchStmt:
            return sw.clauses.contains(where: \.isDefault) && sw.clauses.allSatisfy { c in
                isTerminatingList(c.body, label: nil) || (c.body.last as? BranchStmt)?.tok == .kwFallthrough
            } && !sw.clauses.contains { hasBreak($0.body, label: label, top: true) }
        case let ts as TypeSwitchStmt:
            return ts.clauses.contains(where: \.isDefault) && ts.clauses.allSatisfy { isTerminatingList($0.body, label: nil) }
                && !ts.clauses.contains { hasBreak($0.body, label: label, top: true) }
        case let sel as SelectStmt:
            return sel.clauses.allSatisfy { isTerminatingList($0.body, label: nil) }
                && !sel.clauses.contains { hasBreak($0.body, label: label, top: true) }
        default: return false
        }
    }

    /// Whether a break refers to the enclosing statement (unlabeled at top nesting, or labeled).
    private func hasBreak(_ list: [any Stmt], label: String?, top: Bool) -> Bool {
        for s in list {
            switch s {
            case let b as BranchStmt:
                if b.tok == .kwBreak {
                    if b.label == nil && top { return true }
                    if let l = b.label, l.name == label { return true }
                }
            case let b as BlockStmt: if hasBreak(b.stmts, label: label, top: top) { return true }
            case let l as LabeledStmt: if hasBreak([l.stmt], label: label, top: top) { return true }
            case let i as IfStmt:
                if hasBreak(i.body.stmts, label: label, top: top) { return true }
                if let e = i.elseStmt, hasBreak([e], label: label, top: top) { return true }
            case let f as ForStmt: if hasBreak(f.body.stmts, label: label, top: false) { return true }
            case let r as RangeStmt: if hasBreak(r.body.stmts, label: label, top: false) { return true }
            case let sw as SwitchStmt: if sw.clauses.contains(where: { hasBreak($0.body, label: label, top: false) }) { return true }
            case let ts as TypeSwitchStmt: if ts.clauses.contains(where: { hasBreak($0.body, label: label, top: false) }) { return true }
            case let sel as SelectStmt: if sel.clauses.contains(where: { hasBreak($0.body, label: label, top: false) }) { return true }
            default: break
            }
        }
        return false
    }
}

extension TypeKind {
    var isArray: Bool { if case .array = self { return true }; return false }
}
