// Range over an iterator function (Go 1.23): `for k, v := range seq { body }` calls
// seq(yield) where yield is the body compiled as a closure returning whether to go on.
// `continue` and the end of the body return true, `break` returns false; a `return` inside
// the body stores its values in cells shared with the enclosing function, which returns
// them once seq comes back; `break L`/`continue L` to a loop outside the body work the same
// way, through a branch number the enclosing code dispatches on. `goto` out of the body and
// `defer` inside it are not supported (they trap at run time with a clear message).

/// What a range-over-func body shares with the function around the loop.
final class RangeBodyState {
    /// Set once the loop is over (break, return, or seq returned): calling yield again panics.
    let done: Object
    /// Set when a `return` in the body ends the enclosing function.
    let returned: Object
    /// The values that `return` hands to the enclosing function.
    let results: [Object]
    /// The enclosing function's result types.
    let resultTypes: [GoType]
    /// The enclosing function's named results (for a bare `return` in the body).
    let namedResults: [Object]
    /// Labeled break/continue statements leaving the body, numbered from 1 in `branch`.
    let escapes: [RangeBodyScan.Escape]
    let branch: Object

    init(resultTypes: [GoType], namedResults: [Object], escapes: [RangeBodyScan.Escape], package: PackageRef) {
        func hidden(_ name: String, _ type: GoType) -> Object {
            let o = Object(kind: .variable, name: name, pos: .none, index: -1, package: package)
            o.type = type
            o.isCaptured = true   // lives in a cell the body closure shares
            return o
        }
        done = hidden(".rangeDone", .bool)
        returned = hidden(".rangeReturned", .bool)
        results = resultTypes.enumerated().map { hidden(".rangeResult\($0.offset)", $0.element) }
        branch = hidden(".rangeBranch", .int)
        self.resultTypes = resultTypes
        self.namedResults = namedResults
        self.escapes = escapes
    }
}

extension FunctionCompiler {
    func rangeOverFunction(_ r: RangeStmt, label: String?, yield: Signature) {
        let iterator = expr(r.x)
        let scan = RangeBodyScan(body: r.body, label: label)
        let state = RangeBodyState(resultTypes: rangeResultTypes, namedResults: rangeNamedResults, escapes: scan.escapes, package: pkg)
        for o in [state.done, state.returned, state.branch] + state.results { declare(o) }

        funcLitCount += 1
        let child = FunctionCompiler(compiler: c, info: info, package: pkg, name: proto.name + "-range\(funcLitCount)", parent: self)
        child.currentPos = currentPos
        child.subst = subst
        child.rangeBody = state
        let p = child.compileRangeBody(r, label: label, yield: yield, state: state, unsupported: scan.unsupported)
        let ref = FuncRef(); ref.proto = p
        let sources = child.captureObjects.map { captureSource($0) }
        let base = alloc(2)
        emit(.makeClosure(base + 1, ref, sources))
        emit(.move(base, iterator))
        emit(.callClosure(base, base: base + 1, nargs: 1, nres: 0))
        // The loop is over: a later call of yield (kept by seq) must panic.
        let t = alloc()
        emit(.const(t, .bool(true)))
        store(.variable(state.done), t, .bool)
        if scan.hasReturn {
            let flag = load(state.returned)
            let skip = emit(.jumpIfNot(flag, 0))
            emitReturn(state.results.map { load($0) }, state.resultTypes)
            patch(skip, to: here)
        }
        // A labeled break/continue in the body aimed at a loop out here: take it now.
        if !state.escapes.isEmpty {
            let taken = load(state.branch)
            for (k, escape) in state.escapes.enumerated() {
                let number = alloc(), same = alloc()
                emit(.const(number, .int(Int64(k + 1))))
                emit(.intCmp(.eq, unsigned: false, same, taken, number))
                let skip = emit(.jumpIfNot(same, 0))
                branchTo(label: escape.label, isBreak: escape.isBreak)
                patch(skip, to: here)
            }
        }
    }

    /// `break label` / `continue label`: a jump to that loop, or, from a range-over-func body
    /// when the loop is outside it, leaving the body with the branch's number.
    func branchTo(label: String, isBreak: Bool) {
        if let k = loops.lastIndex(where: { $0.label == label }) {
            let j = emit(.jump(0))
            if isBreak { loops[k].breaks.append(j) } else { loops[k].continues.append(j) }
            return
        }
        guard let state = rangeBody, let index = state.escapes.firstIndex(where: { $0.label == label && $0.isBreak == isBreak }) else {
            emit(.trap("branch to unknown label \(label)"))
            return
        }
        let t = alloc()
        emit(.const(t, .int(Int64(index + 1))))
        store(.variable(state.branch), t, .int)
        emit(.const(t, .bool(true)))
        store(.variable(state.done), t, .bool)
        emit(.const(resultRegs[0], .bool(false)))
        emit(.ret)
    }

    /// The result types and named results a `return` in this code refers to: those of the
    /// enclosing function, also from inside (nested) range-over-func bodies.
    var rangeResultTypes: [GoType] { rangeBody?.resultTypes ?? resultTypes }
    var rangeNamedResults: [Object] { rangeBody?.namedResults ?? namedResults }

    func compileRangeBody(_ r: RangeStmt, label: String?, yield: Signature, state: RangeBodyState, unsupported: String?) -> FuncProto {
        var scan = EscapeScan(info: info)
        scan.stmt(r.body)
        escaping = scan.escaping
        let n = yield.parameters.count
        proto.paramCount = n
        let base = alloc(n)
        let targets = [r.key, r.value]
        var assignments: [(any Expr, Reg, GoType)] = []
        for k in 0..<n {
            guard let e = targets[k], !((e as? Ident)?.isBlank ?? false) else { continue }
            let t = ty(yield.parameters[k])
            if r.tok == .define, let id = e as? Ident, let o = info.objects[id.id] {
                if needsCell(o) { proto.cellParams.append(base + k); vars[ObjectIdentifier(o)] = .cell(base + k) }
                else {
                    if t.isComposite { proto.boxParams.append(base + k) }
                    vars[ObjectIdentifier(o)] = .register(base + k)
                }
            } else {
                assignments.append((e, base + k, t))
            }
        }
        resultTypes = [.bool]
        proto.resultStart = nextReg
        proto.resultCount = 1
        let result = alloc()
        resultRegs = [result]
        emit(.const(result, .bool(true)))
        if let unsupported { emit(.trap(unsupported)) }
        // Calling yield after the loop ended is an error in Go.
        let done = load(state.done)
        let fine = emit(.jumpIfNot(done, 0))
        emit(.trap("runtime error: range function continued iteration after function for loop body returned false"))
        patch(fine, to: here)
        for (e, reg, t) in assignments { store(lvalue(e), reg, t) }

        loops.append(LoopContext(label: label, isLoop: true))
        block(r.body.stmts)
        let ctx = loops.removeLast()
        for j in ctx.continues { patch(j, to: here) }
        emit(.const(result, .bool(true)))
        emit(.ret)
        for j in ctx.breaks { patch(j, to: here) }
        let t = alloc()
        emit(.const(t, .bool(true)))
        store(.variable(state.done), t, .bool)
        emit(.const(result, .bool(false)))
        emit(.ret)
        finish()
        return proto
    }

    /// `return` with its values already computed (converted to the result types): from a
    /// function, or from a range-over-func body, where it ends the loop and passes the
    /// values to the enclosing function.
    func emitReturn(_ values: [Reg], _ types: [GoType]) {
        guard let state = rangeBody else {
            for (k, v) in values.enumerated() {
                if k < namedResults.count, case .cell(let cr) = slot(namedResults[k]) { emit(.storeCell(cr, v)) }
                emit(.move(resultRegs[k], v))
            }
            emit(.ret)
            return
        }
        for (k, v) in values.enumerated() where k < state.results.count {
            store(.variable(state.results[k]), v, state.resultTypes[k])
        }
        let t = alloc()
        emit(.const(t, .bool(true)))
        store(.variable(state.returned), t, .bool)
        store(.variable(state.done), t, .bool)
        emit(.const(resultRegs[0], .bool(false)))
        emit(.ret)
    }
}

/// What a range-over-func body contains that needs the enclosing function: `return`
/// statements, and constructs this implementation does not support.
struct RangeBodyScan {
    struct Escape: Equatable { let label: String; let isBreak: Bool }
    var hasReturn = false
    /// Labeled break/continue statements whose loop is outside the body.
    var escapes: [Escape] = []
    var unsupported: String? = nil
    private var innerLabels: Set<String> = []

    init(body: BlockStmt, label: String?) {
        if let label { innerLabels.insert(label) }
        collectLabels(body)
        walk(body, loopDepth: 0)
    }

    private mutating func collectLabels(_ s: (any Stmt)?) {
        forEachChild(s) { child in
            if let l = child as? LabeledStmt { innerLabels.insert(l.label.name) }
            collectLabels(child)
        }
    }

    private mutating func walk(_ s: (any Stmt)?, loopDepth: Int) {
        guard let s else { return }
        switch s {
        case is ReturnStmt: hasReturn = true
        case is DeferStmt: unsupported = unsupported ?? "defer inside the body of a range over a function is not supported"
        case let b as BranchStmt:
            if let l = b.label?.name, !innerLabels.contains(l) {
                if b.tok == .kwGoto {
                    unsupported = unsupported ?? "goto to label \(l) outside the body of a range over a function is not supported"
                } else {
                    let escape = Escape(label: l, isBreak: b.tok == .kwBreak)
                    if !escapes.contains(escape) { escapes.append(escape) }
                }
            }
        default: break
        }
        forEachChild(s) { walk($0, loopDepth: loopDepth) }
    }

    /// The statements directly inside `s` (function literals are separate functions).
    private func forEachChild(_ s: (any Stmt)?, _ f: (any Stmt) -> Void) {
        guard let s else { return }
        switch s {
        case let b as BlockStmt: b.stmts.forEach(f)
        case let l as LabeledStmt: f(l.stmt)
        case let i as IfStmt:
            if let x = i.initStmt { f(x) }
            f(i.body)
            if let e = i.elseStmt { f(e) }
        case let c as CaseClause: c.body.forEach(f)
        case let sw as SwitchStmt: sw.clauses.forEach(f)
        case let ts as TypeSwitchStmt: ts.clauses.forEach(f)
        case let cc as CommClause: cc.body.forEach(f)
        case let sel as SelectStmt: sel.clauses.forEach(f)
        case let fo as ForStmt: f(fo.body)
        case let r as RangeStmt: f(r.body)
        default: break
        }
    }
}
