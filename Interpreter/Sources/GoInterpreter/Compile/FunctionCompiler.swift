// Compiles one function body to instructions: register allocation, variable slots,
// control-flow patching. Expressions and statements are in the extensions next to it.
final class FunctionCompiler {
    let c: Compiler
    let info: CheckedInfo
    let pkg: PackageRef
    let proto: FuncProto
    weak var parent: FunctionCompiler?
    var vars: [ObjectIdentifier: VarSlot] = [:]
    var escaping: Set<ObjectIdentifier> = []
    var captureObjects: [Object] = []
    var captureRegs: [Reg] = []
    var nextReg = 0
    var resultRegs: [Reg] = []
    var resultTypes: [GoType] = []
    var namedResults: [Object] = []

    struct LoopContext {
        var label: String?
        var breaks: [Int] = []
        var continues: [Int] = []
        var isLoop: Bool
    }
    var loops: [LoopContext] = []
    var labels: [String: Int] = [:]
    var gotos: [(Int, String)] = []
    var pendingLabel: String? = nil
    var fallthroughJumps: [Int] = []
    /// Type parameter → type argument, when compiling an instance of a generic function.
    var subst: [GoType: GoType] = [:]
    var currentPos: Int32 = 0
    var funcLitCount = 0
    /// Set while compiling the body of a range over a function (see RangeOverFunc.swift).
    var rangeBody: RangeBodyState? = nil

    init(compiler: Compiler, info: CheckedInfo, package: PackageRef, name: String, parent: FunctionCompiler? = nil) {
        self.c = compiler; self.info = info; self.pkg = package; self.parent = parent
        self.proto = FuncProto(name: name)
    }

    // MARK: registers and code

    func alloc(_ n: Int = 1) -> Reg {
        let r = nextReg
        nextReg += n
        if nextReg > proto.registerCount { proto.registerCount = nextReg }
        return r
    }

    @discardableResult
    func emit(_ i0: Instr) -> Int {
        var i = i0
        if case .zero(let d, .value(let v)) = i0 { i = .const(d, v) }
        proto.code.append(i)
        proto.positions.append(currentPos)
        return proto.code.count - 1
    }
    var here: Int { proto.code.count }

    func patch(_ at: Int, to target: Int) {
        switch proto.code[at] {
        case .jump: proto.code[at] = .jump(target)
        case .jumpIf(let r, _): proto.code[at] = .jumpIf(r, target)
        case .jumpIfNot(let r, _): proto.code[at] = .jumpIfNot(r, target)
        case .ltIntJumpNot(let a, let b, _): proto.code[at] = .ltIntJumpNot(a, b, target)
        default: break
        }
    }

    // MARK: variables

    func needsCell(_ o: Object) -> Bool {
        !ty(o.type).isComposite && (o.isCaptured || escaping.contains(ObjectIdentifier(o)))
    }

    /// Declares a local variable; returns its slot (initialised to the zero value unless `initial`).
    @discardableResult
    func declare(_ o: Object, initial: Reg? = nil) -> VarSlot {
        let r = alloc()
        let slot: VarSlot
        if needsCell(o) {
            if let i = initial { emit(.newCell(r, i)) } else {
                let z = alloc(); emit(.zero(z, ZeroValues.of(ty(o.type)))); emit(.newCell(r, z))
            }
            slot = .cell(r)
        } else {
            if let i = initial {
                emit(ty(o.type).isComposite ? .copyValue(r, i) : .move(r, i))
            } else {
                emit(.zero(r, ZeroValues.of(ty(o.type))))
            }
            slot = .register(r)
        }
        vars[ObjectIdentifier(o)] = slot
        return slot
    }

    func slot(_ o: Object) -> VarSlot {
        if let s = vars[ObjectIdentifier(o)] { return s }
        if let g = c.globals[ObjectIdentifier(o)] { return .global(g) }
        if let p = parent {
            // A variable of an enclosing function: capture its cell (or box).
            let source = p.captureSource(o)
            _ = source
            let r = alloc()
            captureObjects.append(o)
            captureRegs.append(r)
            let s: VarSlot = ty(o.type).isComposite ? .register(r) : .cell(r)
            vars[ObjectIdentifier(o)] = s
            return s
        }
        // Unknown (should not happen after checking): a fresh zero register.
        let r = alloc()
        emit(.zero(r, ZeroValues.of(ty(o.type))))
        return .register(r)
    }

    /// The register of this function holding `o`'s cell or box, for a nested closure.
    func captureSource(_ o: Object) -> Reg {
        switch slot(o) {
        case .register(let r), .cell(let r): return r
        case .global: return 0
        }
    }

    /// Reads a variable into a register (the variable's own register when possible).
    func load(_ o: Object) -> Reg {
        switch slot(o) {
        case .register(let r): return r
        case .cell(let r):
            let t = alloc(); emit(.loadCell(t, r)); return t
        case .global(let g):
            let t = alloc()
            emit(.const(t, g))
            if !ty(o.type).isComposite { emit(.loadCell(t, t)) }
            return t
        }
    }

    // MARK: functions

    func compileFunction(recv: FieldNode?, type: FuncTypeExpr, body: BlockStmt, signature: GoType) -> FuncProto {
        var scan = EscapeScan(info: info)
        scan.stmt(body)
        escaping = scan.escaping
        var params: [(Object?, GoType)] = []
        if let recv = recv {
            let o = recv.names.first.flatMap { info.objects[$0.id] }
            params.append((o, o?.type ?? .invalid))
        }
        let sig = signature.signature
        var pi = 0
        for f in type.params {
            if f.names.isEmpty { params.append((nil, sig?.parameters[safe: pi] ?? .invalid)); pi += 1 }
            for n in f.names { params.append((info.objects[n.id], sig?.parameters[safe: pi] ?? .invalid)); pi += 1 }
        }
        proto.paramCount = params.count
        proto.isVariadic = sig?.isVariadic ?? false
        let base = alloc(params.count)
        for (k, (o, t)) in params.enumerated() {
            let r = base + k
            guard let o = o else { continue }
            if needsCell(o) { proto.cellParams.append(r); vars[ObjectIdentifier(o)] = .cell(r) }
            else {
                if t.isComposite && !(recv != nil && k == 0 && t.pointerElement != nil) { proto.boxParams.append(r) }
                vars[ObjectIdentifier(o)] = .register(r)
            }
        }
        // Results.
        resultTypes = sig?.results ?? []
        proto.resultStart = nextReg
        proto.resultCount = resultTypes.count
        let rbase = alloc(resultTypes.count)
        resultRegs = (0..<resultTypes.count).map { rbase + $0 }
        for (k, t) in resultTypes.enumerated() { emit(.zero(rbase + k, ZeroValues.of(t))) }
        var ri = 0
        for f in type.results {
            for n in f.names {
                if let o = info.objects[n.id] {
                    namedResults.append(o)
                    if needsCell(o) {
                        let cr = alloc()
                        emit(.newCell(cr, rbase + ri))
                        vars[ObjectIdentifier(o)] = .cell(cr)
                        proto.resultCells.append((rbase + ri, cr))
                    } else {
                        vars[ObjectIdentifier(o)] = .register(rbase + ri)
                    }
                }
                ri += 1
            }
        }
        block(body.stmts)
        finish()
        return proto
    }

    func finish() {
        emit(.ret)
        for (at, name) in gotos { if let t = labels[name] { patch(at, to: t) } }
        proto.captureRegs = captureRegs
    }

    func compileVarInit(_ order: [(variables: [Object], spec: ValueSpec)]) -> FuncProto {
        for (vs, spec) in order {
            let values = spec.values
            if values.isEmpty { continue }
            var regs: [Reg] = []
            if values.count == 1 && vs.count > 1 {
                regs = multiValue(values[0], count: vs.count)
            } else {
                regs = values.map { expr($0) }
            }
            for (k, o) in vs.enumerated() where k < regs.count {
                guard let g = c.globals[ObjectIdentifier(o)] else { continue }
                let src = values.count == 1 && vs.count > 1 ? type(values[0]).tupleElements[safe: k] : type(values[k])
                let v = convert(regs[k], from: src ?? ty(o.type), to: ty(o.type))
                let t = alloc()
                emit(.const(t, g))
                emit(.store(t, v, composite: ty(o.type).isComposite))
            }
        }
        finish()
        return proto
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
