// Statements: assignment targets, control flow with patched jumps, range loops lowered to
// index loops, switches to compare chains, and Go 1.22 per-iteration loop variables.
extension FunctionCompiler {
    enum LValue {
        case variable(Object)
        case field(Reg, Int)
        case index(Reg, Reg, IndexKind)
        case mapEntry(Reg, Reg)
        case deref(Reg)
        case blank
    }

    func lvalue(_ e: any Expr) -> LValue {
        let x = unparen(e)
        if let id = x as? Ident {
            if id.isBlank { return .blank }
            if let o = info.objects[id.id] { return .variable(o) }
            return .blank
        }
        if let s = x as? SelectorExpr {
            if info.selections[s.id] == nil, let o = info.objects[s.sel.id] { return .variable(o) }
            if let sel = info.selections[s.id], case .field(_, let idx) = sel.target { return .field(structBase(s, sel), idx) }
        }
        if let ix = x as? IndexExpr {
            let xt = type(ix.x)
            if case .map(let kt, _) = xt.underlying.kind {
                return .mapEntry(expr(ix.x), expr(ix.indices[0], as: kt))
            }
            return .index(expr(ix.x), expr(ix.indices[0]), indexKind(xt))
        }
        if let s = x as? StarExpr { let p = expr(s.x); emit(.nilCheck(p)); return .deref(p) }
        return .blank
    }

    func store(_ lv: LValue, _ v: Reg, _ t: GoType) {
        let composite = t.isComposite
        switch lv {
        case .blank: break
        case .variable(let o):
            switch slot(o) {
            case .register(let r): emit(composite ? .store(r, v, composite: true) : .move(r, v))
            case .cell(let r):
                if composite { emit(.store(r, v, composite: true)) } else { emit(.storeCell(r, v)) }
            case .global(let g):
                let t = alloc(); emit(.const(t, g)); emit(.store(t, v, composite: composite))
            }
        case .field(let b, let i):
            if composite { let c = alloc(); emit(.copyValue(c, v)); emit(.setField(b, i, c)) } else { emit(.setField(b, i, v)) }
        case .index(let x, let i, let k):
            if composite { let c = alloc(); emit(.copyValue(c, v)); emit(.setIndex(x, i, c, k)) } else { emit(.setIndex(x, i, v, k)) }
        case .mapEntry(let m, let k):
            if composite { let c = alloc(); emit(.copyValue(c, v)); emit(.mapSet(m, k, c)) } else { emit(.mapSet(m, k, v)) }
        case .deref(let p): emit(.store(p, v, composite: composite))
        }
    }

    /// A variable that `a` (a := statement) declares rather than assigns.
    func isNewVariable(_ l: any Expr, _ a: AssignStmt) -> Bool {
        guard a.tok == .define, let id = l as? Ident, !id.isBlank, let o = info.objects[id.id] else { return false }
        return vars[ObjectIdentifier(o)] == nil && o.kind == .variable
    }

    /// The target with its operand registers copied, so assignments made earlier in the same
    /// statement (to variables living in registers) cannot change where it points.
    func snapshot(_ lv: LValue) -> LValue {
        func copy(_ r: Reg) -> Reg { let t = alloc(); emit(.move(t, r)); return t }
        switch lv {
        case .index(let x, let i, let k): return .index(copy(x), copy(i), k)
        case .mapEntry(let m, let k): return .mapEntry(copy(m), copy(k))
        case .deref(let p): return .deref(copy(p))
        case .field(let b, let i): return .field(copy(b), i)
        case .variable, .blank: return lv
        }
    }

    func lvalueType(_ e: any Expr) -> GoType {
        if let id = unparen(e) as? Ident, let o = info.objects[id.id] { return ty(o.type) }
        return type(e)
    }

    func block(_ stmts: [any Stmt]) {
        for s in stmts { stmt(s) }
    }

    func stmt(_ s: any Stmt) {
        let saved = nextReg
        if !(s is BlockStmt) { currentPos = s.pos.raw }
        defer { if !(s is DeclStmt) && !isDefine(s) { nextReg = max(nextReg, saved) } }
        switch s {
        case let b as BlockStmt: block(b.stmts)
        case let e as ExprStmt:
            if let call = unparen(e.x) as? CallExpr { callExpr(call, resultCount: 0) } else { _ = expr(e.x) }
        case let a as AssignStmt: assign(a)
        case let i as IncDecStmt:
            let t = type(i.x)
            let lv = lvalue(i.x)
            let cur = read(lv, i.x)
            let one = alloc()
            let k = t.basicKind ?? .int
            if k.isComplex {
                emit(.const(one, .complex(1, 0)))
                emit(.complexOp(i.tok == .inc ? .add : .sub, f32: k == .complex64, cur, cur, one))
            } else if k.isFloat {
                emit(.const(one, .float(1)))
                emit(.floatOp(i.tok == .inc ? .add : .sub, f32: k == .float32, cur, cur, one))
            } else if k == .int || k == .int64 {
                emit(.addIntConst(cur, cur, i.tok == .inc ? 1 : -1))
            } else {
                emit(.const(one, .int(1)))
                emit(.intOp(i.tok == .inc ? .add : .sub, k, cur, cur, one))
            }
            store(lv, cur, t)
        case let d as DeclStmt: declStmt(d.decl)
        case let r as ReturnStmt: returnStmt(r)
        case let i as IfStmt: ifStmt(i)
        case let f as ForStmt: forStmt(f)
        case let r as RangeStmt: rangeStmt(r)
        case let sw as SwitchStmt: switchStmt(sw)
        case let ts as TypeSwitchStmt: typeSwitch(ts)
        case let sel as SelectStmt: selectStmt(sel)
        case let l as LabeledStmt:
            labels[l.label.name] = here
            pendingLabel = l.label.name
            stmt(l.stmt)
            pendingLabel = nil
        case let b as BranchStmt: branch(b)
        case let g as GoStmt:
            let (f, base, n) = deferredCall(g.call)
            emit(.goCall(f, base: base, nargs: n))
        case let d as DeferStmt:
            let (f, base, n) = deferredCall(d.call)
            emit(.deferCall(f, base: base, nargs: n))
        case let s as SendStmt:
            let ch = expr(s.chan)
            let et = type(s.chan).elementType ?? .any
            var v = expr(s.value, as: et)
            if et.isComposite { let c = alloc(); emit(.copyValue(c, v)); v = c }
            emit(.send(ch, v))
        case is EmptyStmt: break
        default: emit(.trap("unsupported statement"))
        }
    }

    func isDefine(_ s: any Stmt) -> Bool {
        if let a = s as? AssignStmt { return a.tok == .define }
        return false
    }

    /// Current value of an assignment target (for `op=` and `++`), in a fresh register.
    func read(_ lv: LValue, _ e: any Expr) -> Reg {
        let d = alloc()
        switch lv {
        case .variable(let o): emit(.move(d, load(o)))
        case .field(let b, let i): emit(.field(d, b, i))
        case .index(let x, let i, let k): emit(.index(d, x, i, k))
        case .mapEntry(let m, let k): emit(.mapIndex(d, m, k, zero: ZeroValues.of(type(e)), ok: nil))
        case .deref(let p): emit(.load(d, p, composite: false))
        case .blank: break
        }
        return d
    }

    func assign(_ a: AssignStmt) {
        if a.tok == .define || a.tok == .assign {
            // Phase one (spec "Assignment statements"): index operands and pointer operands on
            // the left, then the right-hand sides, are evaluated before anything is assigned.
            var targets: [LValue?] = []
            for l in a.lhs {
                if isNewVariable(l, a) { targets.append(nil); continue }
                let lv = lvalue(l)
                targets.append(a.lhs.count > 1 ? snapshot(lv) : lv)
            }
            var values: [Reg]
            var types: [GoType]
            if a.rhs.count == 1 && a.lhs.count > 1 {
                values = multiValue(a.rhs[0], count: a.lhs.count)
                types = type(a.rhs[0]).tupleElements
                if types.count < a.lhs.count { types += Array(repeating: GoType.bool, count: a.lhs.count - types.count) }
            } else {
                values = a.rhs.map { expr($0) }
                types = a.rhs.map { type($0) }
                if a.lhs.count > 1 {
                    // Parallel assignment: snapshot right-hand sides first.
                    values = values.enumerated().map { (k, r) in
                        let t = alloc(); emit(types[k].isComposite ? .copyValue(t, r) : .move(t, r)); return t
                    }
                }
            }
            // Phase two: the assignments, left to right.
            for (k, l) in a.lhs.enumerated() {
                guard let lv = targets[k] else {
                    let o = info.objects[(l as! Ident).id]!
                    declare(o, initial: convert(values[k], from: types[k], to: ty(o.type)))
                    continue
                }
                let lt = lvalueType(l)
                store(lv, convert(values[k], from: types[k], to: lt), lt)
            }
            return
        }
        // op=
        let l = a.lhs[0]
        let t = type(l)
        let lv = lvalue(l)
        let cur = read(lv, l)
        let y = expr(a.rhs[0])
        let k = t.basicKind ?? .int
        if k.isString { emit(.concat(cur, cur, y)) }
        else if let op = intOp(a.tok) {
            if k.isFloat { emit(.floatOp(op, f32: k == .float32, cur, cur, y)) }
            else if k.isComplex { emit(.complexOp(op, f32: k == .complex64, cur, cur, y)) }
            else { emit(.intOp(op, k, cur, cur, y)) }
        }
        store(lv, cur, t)
    }

    func declStmt(_ d: GenDecl) {
        guard d.tok == .kwVar else { return }
        for s in d.specs {
            guard let vs = s as? ValueSpec else { continue }
            let objs = vs.names.map { info.objects[$0.id] }
            if vs.values.isEmpty {
                for o in objs { if let o = o { declare(o) } }
                continue
            }
            var values: [Reg], types: [GoType]
            if vs.values.count == 1 && vs.names.count > 1 {
                values = multiValue(vs.values[0], count: vs.names.count)
                types = type(vs.values[0]).tupleElements
            } else {
                values = vs.values.map { expr($0) }
                types = vs.values.map { type($0) }
            }
            for (k, o) in objs.enumerated() {
                guard let o = o, k < values.count else { continue }
                if vs.names[k].isBlank { continue }
                declare(o, initial: convert(values[k], from: types[safe: k] ?? ty(o.type), to: ty(o.type)))
            }
        }
    }

    func returnStmt(_ r: ReturnStmt) {
        let resultTypes = rangeResultTypes
        if !r.results.isEmpty {
            var values: [Reg], types: [GoType]
            if r.results.count == 1 && resultTypes.count > 1 {
                values = multiValue(r.results[0], count: resultTypes.count)
                types = type(r.results[0]).tupleElements
            } else {
                values = r.results.map { expr($0) }
                types = r.results.map { type($0) }
            }
            let temps = values.enumerated().map { (k, v) -> Reg in
                let t = alloc()
                let cv = convert(v, from: types[safe: k] ?? resultTypes[k], to: resultTypes[k])
                emit(resultTypes[k].isComposite ? .copyValue(t, cv) : .move(t, cv))
                return t
            }
            emitReturn(temps, resultTypes)
        } else if rangeBody != nil {
            // A bare return inside a range-over-func body returns the named results' values.
            emitReturn(rangeNamedResults.map { load($0) }, resultTypes)
        } else {
            for (k, o) in namedResults.enumerated() {
                if case .cell(let cr) = slot(o) { emit(.loadCell(resultRegs[k], cr)) }
            }
            emit(.ret)
        }
    }

    func condJumpFalse(_ e: any Expr) -> Int {
        if let b = unparen(e) as? BinaryExpr, b.op == .lss, let k = type(b.x).basicKind, k == .int || k == .int64, info.constants[b.id] == nil {
            let x = expr(b.x), y = expr(b.y)
            return emit(.ltIntJumpNot(x, y, 0))
        }
        let c = expr(e)
        return emit(.jumpIfNot(c, 0))
    }

    func ifStmt(_ i: IfStmt) {
        if let s = i.initStmt { stmt(s) }
        let j = condJumpFalse(i.cond)
        block(i.body.stmts)
        if let e = i.elseStmt {
            let end = emit(.jump(0))
            patch(j, to: here)
            stmt(e)
            patch(end, to: here)
        } else {
            patch(j, to: here)
        }
    }

    func takeLabel() -> String? { defer { pendingLabel = nil }; return pendingLabel }

    func loopVars(_ s: (any Stmt)?) -> [Reg] {
        guard let a = s as? AssignStmt, a.tok == .define else { return [] }
        var regs: [Reg] = []
        for l in a.lhs {
            if let id = l as? Ident, let o = info.objects[id.id] {
                switch vars[ObjectIdentifier(o)] {
                case .cell(let r)?: regs.append(r)
                case .register(let r)? where ty(o.type).isComposite && o.isCaptured: regs.append(r)
                default: break
                }
            }
        }
        return regs
    }

    func forStmt(_ f: ForStmt) {
        let label = takeLabel()
        if let s = f.initStmt { stmt(s) }
        let perIteration = loopVars(f.initStmt)
        let top = here
        var exit: Int? = nil
        if let c = f.cond { exit = condJumpFalse(c) }
        loops.append(LoopContext(label: label, isLoop: true))
        block(f.body.stmts)
        let ctx = loops.removeLast()
        let continueTarget = here
        for r in perIteration { emit(.recell(r)) }
        if let p = f.post { stmt(p) }
        emit(.jump(top))
        let end = here
        if let e = exit { patch(e, to: end) }
        for j in ctx.breaks { patch(j, to: end) }
        for j in ctx.continues { patch(j, to: continueTarget) }
    }

    func rangeStmt(_ r: RangeStmt) {
        let label = takeLabel()
        let xt = type(r.x)
        if let sig = xt.underlying.signature, let yield = Checker.rangeFunctionYield(sig) {
            rangeOverFunction(r, label: label, yield: yield)
            return
        }
        let keyObj = (r.key as? Ident).flatMap { $0.isBlank ? nil : info.objects[$0.id] }
        let valObj = (r.value as? Ident).flatMap { $0.isBlank ? nil : info.objects[$0.id] }
        let define = r.tok == .define
        func bind(_ e: (any Expr)?, _ o: Object?, _ v: Reg, _ t: GoType) {
            guard let e = e else { return }
            if define { if let o = o { declare(o, initial: v) } }
            else { let lv = lvalue(e); store(lv, v, t) }
        }
        let i = alloc(), n = alloc()
        let x = expr(r.x)
        var top = 0, exit = 0
        var bodyStart: () -> Void = {}
        switch xt.underlying.kind {
        case .basic(let k) where k.isInteger:
            emit(.move(n, x)); emit(.const(i, .int(0)))
            top = here; exit = emit(.ltIntJumpNot(i, n, 0))
            bodyStart = { let kv = self.alloc(); self.emit(.move(kv, i)); bind(r.key, keyObj, kv, xt) }
        case .basic:
            // Strings: runes.
            emit(.len(n, x, .string)); emit(.const(i, .int(0)))
            let rune = alloc(), width = alloc()
            top = here; exit = emit(.ltIntJumpNot(i, n, 0))
            emit(.rangeRune(rune, width, x, i))
            bodyStart = {
                let kv = self.alloc(); self.emit(.move(kv, i))
                bind(r.key, keyObj, kv, .int)
                bind(r.value, valObj, rune, .rune)
            }
            loops.append(LoopContext(label: label, isLoop: true))
            bodyStart()
            block(r.body.stmts)
            let ctx = loops.removeLast()
            let cont = here
            emit(.intOp(.add, .int, i, i, width))
            emit(.jump(top))
            finishLoop(ctx, exit: exit, cont: cont)
            return
        case .map(let kt, let vt):
            let keys = alloc(), has = alloc()
            emit(.mapKeys(keys, x)); emit(.len(n, keys, .slice)); emit(.const(i, .int(0)))
            top = here; exit = emit(.ltIntJumpNot(i, n, 0))
            let k = alloc()
            emit(.index(k, keys, i, .slice))
            emit(.mapHas(has, x, k))
            let skip = emit(.jumpIfNot(has, 0))
            bodyStart = {
                bind(r.key, keyObj, k, kt)
                if r.value != nil { let v = self.alloc(); self.emit(.mapIndex(v, x, k, zero: ZeroValues.of(vt), ok: nil)); bind(r.value, valObj, v, vt) }
            }
            loops.append(LoopContext(label: label, isLoop: true))
            bodyStart()
            block(r.body.stmts)
            let ctx = loops.removeLast()
            let cont = here
            patch(skip, to: cont)
            emit(.addIntConst(i, i, 1))
            emit(.jump(top))
            finishLoop(ctx, exit: exit, cont: cont)
            return
        case .chan(let et, _):
            let v = alloc(), ok = alloc()
            top = here
            emit(.recv(v, x, ok: ok, ZeroValues.of(et)))
            exit = emit(.jumpIfNot(ok, 0))
            loops.append(LoopContext(label: label, isLoop: true))
            bind(r.key, keyObj, v, et)
            block(r.body.stmts)
            let ctx = loops.removeLast()
            let cont = here
            emit(.jump(top))
            finishLoop(ctx, exit: exit, cont: cont)
            return
        case .signature:
            emit(.trap("range over functions is not supported yet"))
            return
        default:
            // Slices, arrays, pointers to arrays. Arrays are ranged over a copy, as in Go.
            let et = xt.elementType ?? .any
            var src = x
            if case .array = xt.underlying.kind, r.value != nil { src = alloc(); emit(.copyValue(src, x)) }
            emit(.len(n, src, lenKind(xt))); emit(.const(i, .int(0)))
            top = here; exit = emit(.ltIntJumpNot(i, n, 0))
            let ik = indexKind(xt)
            bodyStart = {
                let kv = self.alloc(); self.emit(.move(kv, i))
                bind(r.key, keyObj, kv, .int)
                if r.value != nil { let v = self.alloc(); self.emit(.index(v, src, i, ik)); bind(r.value, valObj, v, et) }
            }
        }
        loops.append(LoopContext(label: label, isLoop: true))
        bodyStart()
        block(r.body.stmts)
        let ctx = loops.removeLast()
        let cont = here
        emit(.addIntConst(i, i, 1))
        emit(.jump(top))
        finishLoop(ctx, exit: exit, cont: cont)
    }

    func finishLoop(_ ctx: LoopContext, exit: Int, cont: Int) {
        let end = here
        patch(exit, to: end)
        for j in ctx.breaks { patch(j, to: end) }
        for j in ctx.continues { patch(j, to: cont) }
    }

    func switchStmt(_ sw: SwitchStmt) {
        let label = takeLabel()
        if let s = sw.initStmt { stmt(s) }
        let tagType = sw.tag.map { type($0) } ?? .bool
        let tag: Reg? = sw.tag.map { e -> Reg in let t = alloc(); emit(.move(t, expr(e))); return t }
        loops.append(LoopContext(label: label, isLoop: false))
        var bodyJumps: [[Int]] = []
        for clause in sw.clauses {
            var js: [Int] = []
            for e in clause.list ?? [] {
                let c: Reg
                if let tag = tag {
                    let v = expr(e)
                    c = alloc()
                    let et = type(e)
                    if tagType.isInterface != et.isInterface {
                        let a = convert(tag, from: tagType, to: .any), b = convert(v, from: et, to: .any)
                        emit(.equal(c, a, b, negate: false, identity: false))
                    } else if let k = tagType.basicKind, k.isString { emit(.stringCmp(.eq, c, tag, v)) }
                    else if let k = tagType.basicKind, k.isFloat { emit(.floatCmp(.eq, c, tag, v)) }
                    else if let k = tagType.basicKind, k.isInteger || k.isBoolean { emit(.intCmp(.eq, unsigned: false, c, tag, v)) }
                    else { emit(.equal(c, tag, v, negate: false, identity: !tagType.isComposite)) }
                } else {
                    c = expr(e)
                }
                js.append(emit(.jumpIf(c, 0)))
            }
            bodyJumps.append(js)
        }
        let toDefault = emit(.jump(0))
        var ends: [Int] = []
        var fallJump: Int? = nil
        var defaultStart: Int? = nil
        for (k, clause) in sw.clauses.enumerated() {
            let start = here
            if clause.isDefault { defaultStart = start }
            if let f = fallJump { patch(f, to: start); fallJump = nil }
            for j in bodyJumps[k] { patch(j, to: start) }
            let before = fallthroughJumps.count
            block(clause.body)
            if fallthroughJumps.count > before { fallJump = fallthroughJumps.removeLast() }
            else { ends.append(emit(.jump(0))) }
        }
        let end = here
        patch(toDefault, to: defaultStart ?? end)
        if let f = fallJump { patch(f, to: end) }
        for j in ends { patch(j, to: end) }
        let ctx = loops.removeLast()
        for j in ctx.breaks { patch(j, to: end) }
    }

    func typeSwitch(_ ts: TypeSwitchStmt) {
        let label = takeLabel()
        if let s = ts.initStmt { stmt(s) }
        let x = alloc()
        emit(.move(x, expr(ts.guardExpr.x)))
        loops.append(LoopContext(label: label, isLoop: false))
        var ends: [Int] = []
        var defaultClause: CaseClause? = nil
        var next: Int? = nil
        func bindImplicit(_ clause: CaseClause, single: GoType?) {
            guard let o = info.implicits[clause.id] else { return }
            let v = alloc()
            if let t = single, !t.isInterface { emit(.dynamicValue(v, x)); if t.isComposite { emit(.copyValue(v, v)) } }
            else { emit(.move(v, x)) }
            declare(o, initial: v)
        }
        for clause in ts.clauses {
            if clause.isDefault { defaultClause = clause; continue }
            if let n = next { patch(n, to: here) }
            let list = clause.list ?? []
            var hits: [Int] = []
            for e in list {
                let c = alloc()
                let isNil = type(e).basicKind == .untypedNil || (e as? Ident)?.name == "nil" && info.objects[(e as! Ident).id]?.kind == .nilValue
                emit(.typeIs(c, x, isNil ? nil : type(e)))
                hits.append(emit(.jumpIf(c, 0)))
            }
            next = emit(.jump(0))
            for h in hits { patch(h, to: here) }
            bindImplicit(clause, single: list.count == 1 ? type(list[0]) : nil)
            block(clause.body)
            ends.append(emit(.jump(0)))
        }
        if let n = next { patch(n, to: here) }
        if let d = defaultClause {
            bindImplicit(d, single: nil)
            block(d.body)
        }
        let end = here
        for j in ends { patch(j, to: end) }
        let ctx = loops.removeLast()
        for j in ctx.breaks { patch(j, to: end) }
    }

    func selectStmt(_ sel: SelectStmt) {
        let label = takeLabel()
        var plan = SelectPlan(cases: [], hasDefault: false)
        var clauseFor: [Int] = []   // plan case index → clause index
        var defaultIndex: Int? = nil
        var post: [(Int, () -> Void)] = []
        for (ci, cc) in sel.clauses.enumerated() {
            guard let comm = cc.comm else { plan.hasDefault = true; defaultIndex = ci; continue }
            if let s = comm as? SendStmt {
                let ch = expr(s.chan)
                let v = expr(s.value, as: type(s.chan).elementType ?? .any)
                plan.cases.append(SelectCase(chan: ch, isSend: true, value: v, ok: nil, zero: .value(.none)))
            } else {
                var recvExpr: UnaryExpr? = nil
                var assign: AssignStmt? = nil
                if let e = comm as? ExprStmt { recvExpr = unparen(e.x) as? UnaryExpr }
                if let a = comm as? AssignStmt { assign = a; recvExpr = unparen(a.rhs[0]) as? UnaryExpr }
                guard let u = recvExpr else { continue }
                let ch = expr(u.x)
                let et = type(u.x).elementType ?? .any
                let v = alloc(), ok = alloc()
                plan.cases.append(SelectCase(chan: ch, isSend: false, value: v, ok: ok, zero: ZeroValues.of(et)))
                if let a = assign {
                    post.append((plan.cases.count - 1, {
                        let regs = [v, ok]
                        for (k, l) in a.lhs.enumerated() {
                            if a.tok == .define, let id = l as? Ident, !id.isBlank, let o = self.info.objects[id.id] {
                                self.declare(o, initial: regs[k])
                            } else if a.tok == .assign {
                                let lv = self.lvalue(l); self.store(lv, regs[k], k == 0 ? et : .bool)
                            }
                        }
                    }))
                }
            }
            clauseFor.append(ci)
        }
        let chosen = alloc()
        emit(.select(plan, chosen))
        loops.append(LoopContext(label: label, isLoop: false))
        var ends: [Int] = []
        for (pi, ci) in clauseFor.enumerated() {
            let c = alloc(), k = alloc()
            emit(.const(k, .int(Int64(pi))))
            emit(.intCmp(.eq, unsigned: false, c, chosen, k))
            let skip = emit(.jumpIfNot(c, 0))
            for (idx, p) in post where idx == pi { p() }
            block(sel.clauses[ci].body)
            ends.append(emit(.jump(0)))
            patch(skip, to: here)
        }
        if let d = defaultIndex { block(sel.clauses[d].body) }
        let end = here
        for j in ends { patch(j, to: end) }
        let ctx = loops.removeLast()
        for j in ctx.breaks { patch(j, to: end) }
    }

    func branch(_ b: BranchStmt) {
        switch b.tok {
        case .kwBreak where b.label != nil, .kwContinue where b.label != nil:
            branchTo(label: b.label!.name, isBreak: b.tok == .kwBreak)
        case .kwBreak:
            let j = emit(.jump(0))
            if !loops.isEmpty { loops[loops.count - 1].breaks.append(j) }
        case .kwContinue:
            let j = emit(.jump(0))
            if let k = loops.lastIndex(where: { $0.isLoop }) { loops[k].continues.append(j) }
        case .kwGoto:
            let j = emit(.jump(0))
            if let l = b.label?.name { gotos.append((j, l)) }
        case .kwFallthrough:
            fallthroughJumps.append(emit(.jump(0)))
        default: break
        }
    }
}
