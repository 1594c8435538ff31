// Expressions: each compiles to the register holding its value (possibly a variable's own
// register; composite values may alias a box until an assignment copies them).
extension FunctionCompiler {
    func type(_ e: any Expr) -> GoType { ty(info.types[e.id] ?? .invalid) }

    /// A type with this instantiation's type arguments substituted.
    func ty(_ t: GoType) -> GoType { subst.isEmpty ? t : c.table.substitute(t, subst) }

    func constant(_ v: ConstantValue, _ t: GoType) -> Value {
        let k = t.basicKind ?? .invalid
        switch v {
        case .bool(let b): return .bool(b)
        case .string(let s): return .str(s)
        case .complex where !(k.isFloat || k.isInteger):
            let (re, im) = v.complexValue ?? (0, 0)
            let c = ComplexVal(re, im)
            return .obj(k == .complex64 ? c.rounded32 : c)
        default:
            if k.isComplex, let (re, im) = v.complexValue { return .obj(k == .complex64 ? ComplexVal(re, im).rounded32 : ComplexVal(re, im)) }
            if k.isFloat || k == .untypedFloat { return .float(v.doubleValue ?? 0) }
            if k.isString { return .str(v.stringBytes ?? []) }
            if let i = v.int64Value { return .int(IntegerWrap.wrap(i, to: k)) }
            if let u = v.uint64Value { return .int(Int64(bitPattern: u)) }
            return .float(v.doubleValue ?? 0)
        }
    }

    /// Implicit conversion at an assignment: concrete → interface, nil → nil.
    func convert(_ r: Reg, from: GoType, to: GoType) -> Reg {
        if to.isInterface && !from.isInterface && from.basicKind != .untypedNil {
            c.ensureInstanceMethods(from)
            let d = alloc()
            var t = from
            if t.isUntyped, let k = t.basicKind { t = .basic(k.defaultKind) }
            emit(.toInterface(d, r, t, copy: t.isComposite))
            return d
        }
        return r
    }

    func expr(_ e: any Expr, as target: GoType) -> Reg {
        convert(expr(e), from: type(e), to: target)
    }

    func expr(_ e: any Expr) -> Reg {
        if let cv = info.constants[e.id] {
            let d = alloc()
            let t = type(e)
            if t.isInterface {
                // A constant converted to an interface (e.g. `var x any = 1`).
                emit(.const(d, constant(cv, .int)))
                return d
            }
            emit(.const(d, constant(cv, t)))
            return d
        }
        switch e {
        case let p as ParenExpr: return expr(p.x)
        case let id as Ident: return ident(id)
        case let b as BinaryExpr: return binary(b)
        case let u as UnaryExpr: return unary(u)
        case let call as CallExpr: return callExpr(call, resultCount: 1).first ?? alloc()
        case let s as SelectorExpr: return selector(s)
        case let ix as IndexExpr: return indexExpr(ix)
        case let s as SliceExpr: return sliceExpr(s)
        case let s as StarExpr:
            let p = expr(s.x)
            let d = alloc()
            emit(.load(d, p, composite: type(s).isComposite))
            return d
        case let cl as CompositeLit: return compositeLit(cl, type(cl))
        case let fl as FuncLit: return funcLit(fl)
        case let ta as TypeAssertExpr:
            let x = expr(ta.x)
            let d = alloc()
            emit(.assert(d, x, type(ta), ok: nil, srcType: type(ta.x)))
            return d
        default:
            let d = alloc()
            emit(.trap("unsupported expression"))
            return d
        }
    }

    func ident(_ id: Ident, instantiatedBy outer: (any Expr)? = nil) -> Reg {
        guard let o = info.objects[id.id] else { let d = alloc(); emit(.const(d, .none)); return d }
        switch o.kind {
        case .variable: return load(o)
        case .function:
            let d = alloc()
            if let n = c.natives.function(o) ?? c.unimplementedNative(o) { emit(.const(d, .obj(n))) }
            else if c.isGeneric(o) { emit(.makeClosure(d, c.instance(o, (info.typeArguments[id.id] ?? outer.flatMap { info.typeArguments[$0.id] } ?? []).map(ty)), [])) }
            else { emit(.makeClosure(d, c.funcRef(o), [])) }
            return d
        case .nilValue:
            let d = alloc(); emit(.const(d, .none)); return d
        default:
            let d = alloc()
            emit(.const(d, constant(o.constant, ty(o.type))))
            return d
        }
    }

    func funcLit(_ fl: FuncLit) -> Reg {
        funcLitCount += 1
        let child = FunctionCompiler(compiler: c, info: info, package: pkg, name: proto.name + ".func\(funcLitCount)", parent: self)
        child.currentPos = currentPos
        child.escaping = escaping
        child.subst = subst
        let p = child.compileFunction(recv: nil, type: fl.type, body: fl.body, signature: type(fl))
        let ref = FuncRef(); ref.proto = p
        let sources = child.captureObjects.map { captureSource($0) }
        let d = alloc()
        emit(.makeClosure(d, ref, sources))
        return d
    }

    // MARK: operators

    func binary(_ b: BinaryExpr) -> Reg {
        if b.op == .land || b.op == .lor {
            let d = alloc()
            let x = expr(b.x)
            emit(.move(d, x))
            let j = emit(b.op == .land ? .jumpIfNot(d, 0) : .jumpIf(d, 0))
            let y = expr(b.y)
            emit(.move(d, y))
            patch(j, to: here)
            return d
        }
        let xt = type(b.x), yt = type(b.y)
        if let cmp = cmpOp(b.op) {
            // Mixed interface/concrete comparisons compare as interfaces.
            var x = expr(b.x), y = expr(b.y)
            let d = alloc()
            if xt.isInterface != yt.isInterface {
                x = convert(x, from: xt, to: xt.isInterface ? xt : yt)
                y = convert(y, from: yt, to: xt.isInterface ? xt : yt)
                emit(.equal(d, x, y, negate: cmp == .ne, identity: false)); return d
            }
            let k = xt.basicKind ?? (yt.basicKind ?? .invalid)
            if xt.underlying.kind.isBasic || xt.isUntyped {
                if k.isString { emit(.stringCmp(cmp, d, x, y)); return d }
                if k.isFloat { emit(.floatCmp(cmp, d, x, y)); return d }
                if k.isInteger || k.isBoolean { emit(.intCmp(cmp, unsigned: k.isUnsigned, d, x, y)); return d }
            }
            emit(.equal(d, x, y, negate: cmp == .ne, identity: !xt.isComposite && !xt.isInterface))
            return d
        }
        let t = type(b)
        let k = t.basicKind ?? .invalid
        let x = expr(b.x), y = expr(b.y)
        let d = alloc()
        if k.isString { emit(.concat(d, x, y)); return d }
        guard let op = intOp(b.op) else { emit(.trap("unsupported operator")); return d }
        if k.isFloat {
            emit(.floatOp(op, f32: k == .float32, d, x, y))
        } else if k.isComplex {
            emit(.complexOp(op, f32: k == .complex64, d, x, y))
        } else if b.op == .shl || b.op == .shr {
            emit(.intOp(op, k, d, x, y))
        } else if (k == .int || k == .int64) && op == .add {
            emit(.addInt(d, x, y))
        } else if (k == .int || k == .int64) && op == .sub {
            emit(.subInt(d, x, y))
        } else {
            emit(.intOp(op, k, d, x, y))
        }
        return d
    }

    func cmpOp(_ t: Token) -> CmpOp? {
        switch t {
        case .eql: return .eq
        case .neq: return .ne
        case .lss: return .lt
        case .leq: return .le
        case .gtr: return .gt
        case .geq: return .ge
        default: return nil
        }
    }

    func intOp(_ t: Token) -> IntOp? {
        switch t {
        case .add, .addAssign, .inc: return .add
        case .sub, .subAssign, .dec: return .sub
        case .mul, .mulAssign: return .mul
        case .quo, .quoAssign: return .div
        case .rem, .remAssign: return .rem
        case .and, .andAssign: return .and
        case .or, .orAssign: return .or
        case .xor, .xorAssign: return .xor
        case .andNot, .andNotAssign: return .andNot
        case .shl, .shlAssign: return .shl
        case .shr, .shrAssign: return .shr
        default: return nil
        }
    }

    func unary(_ u: UnaryExpr) -> Reg {
        switch u.op {
        case .and: return addressOf(u.x)
        case .arrow:
            let ch = expr(u.x)
            let d = alloc()
            emit(.recv(d, ch, ok: nil, ZeroValues.of(type(u))))
            return d
        default: break
        }
        let x = expr(u.x)
        let d = alloc()
        let k = type(u).basicKind ?? .invalid
        switch u.op {
        case .sub: emit(k.isFloat ? .negFloat(d, x) : k.isComplex ? .negComplex(d, x) : .negInt(k, d, x))
        case .not: emit(.not(d, x))
        case .xor: emit(.complement(k, d, x))
        default: emit(.move(d, x))
        }
        return d
    }

    /// `&x`: the cell or box of a variable, a pointer to a field/element, or a fresh literal.
    func addressOf(_ e: any Expr) -> Reg {
        let x = unparen(e)
        let t = type(x)
        if let cl = x as? CompositeLit {
            let v = compositeLit(cl, t)
            if t.isComposite { return v }
            let d = alloc(); emit(.newCell(d, v)); return d
        }
        if let id = x as? Ident, let o = info.objects[id.id] {
            switch slot(o) {
            case .register(let r), .cell(let r): return r
            case .global(let g): let d = alloc(); emit(.const(d, g)); return d
            }
        }
        if let s = x as? SelectorExpr, let sel = info.selections[s.id], case .field(_, let idx) = sel.target {
            let box = structBase(s, sel)
            let d = alloc()
            if t.isComposite { emit(.field(d, box, idx)) } else { emit(.fieldPointer(d, box, idx)) }
            return d
        }
        if let ix = x as? IndexExpr {
            let base = expr(ix.x), i = expr(ix.indices[0])
            let d = alloc()
            if t.isComposite { emit(.index(d, base, i, indexKind(type(ix.x)))) } else { emit(.elementPointer(d, base, i)) }
            return d
        }
        if let s = x as? StarExpr { return expr(s.x) }
        let d = alloc(); emit(.trap("cannot take address")); return d
    }

    // MARK: selectors

    /// The box holding the selected field's struct, after walking embedded fields.
    func structBase(_ s: SelectorExpr, _ sel: Selection) -> Reg {
        var r = expr(s.x)
        var t = type(s.x)
        for idx in sel.embeddedPath {
            if let e = t.pointerElement { t = e }
            let d = alloc()
            emit(.field(d, r, idx))
            r = d
            t = t.structure?.fields[idx].type ?? .invalid
        }
        return r
    }

    func selector(_ s: SelectorExpr) -> Reg {
        if let o = info.objects[s.sel.id], info.selections[s.id] == nil {
            // Qualified identifier pkg.Name.
            if o.kind == .variable, let g = c.natives.variable(o) { let d = alloc(); emit(.const(d, g)); return d }
            return ident(s.sel)
        }
        guard let sel = info.selections[s.id] else { let d = alloc(); emit(.trap("bad selector")); return d }
        switch sel.target {
        case .field(_, let idx):
            let box = structBase(s, sel)
            let d = alloc()
            emit(.field(d, box, idx))
            return d
        case .method(let m, _):
            if info.modes[s.x.id] == .typeExpr {
                // Method expression T.M / (*T).M: the method's code with the receiver as first argument.
                let recvType = type(s.x)
                let base = recvType.pointerElement ?? recvType
                let d = alloc()
                if let impl = c.program.methods[base.id]?[m.name], case .interpreted(let ref) = impl.target,
                   impl.pointerReceiver == (recvType.pointerElement != nil) {
                    emit(.makeClosure(d, ref, []))
                } else {
                    // Other forms ((*T).M for a value method, promoted, native or interface
                    // methods): a thunk that dispatches on the receiver's static type the way
                    // an interface call would, which adjusts the receiver (deref, embedding).
                    let name = m.name
                    emit(.const(d, .obj(NativeFunc("\(recvType).\(name)") { c in
                        guard let recv = c.args.first else { return [] }
                        let rest = Array(c.args.dropFirst())
                        let target = recvType.isInterface ? recv : .obj(IfaceVal(type: recvType, value: recv))
                        return try c.vm.callInterfaceMethod(c.goroutine, target, name, rest)
                    })))
                }
                return d
            }
            let recvType = type(s.x)
            if recvType.isInterface && sel.embeddedPath.isEmpty {
                let x = expr(s.x)
                let d = alloc()
                emit(.interfaceMethodValue(d, recv: x, method: m.name))
                return d
            }
            var (recv, target) = methodReceiver(s, sel, m)
            if !m.pointerReceiver {
                let cp = alloc(); emit(.copyValue(cp, recv)); recv = cp
            }
            let d = alloc()
            switch target {
            case .interpreted(let ref): emit(.methodValue(d, recv: recv, ref))
            case .native(let n):
                emit(.nativeMethodValue(d, recv: recv, n))
            case .none:
                emit(.interfaceMethodValue(d, recv: recv, method: m.name))
            }
            return d
        }
    }

    enum MethodCallTarget { case interpreted(FuncRef), native(NativeFunc), none }

    /// Computes the receiver argument of a static method call and the method to call.
    func methodReceiver(_ s: SelectorExpr, _ sel: Selection, _ m: Method) -> (Reg, MethodCallTarget) {
        var r = expr(s.x)
        var t = type(s.x)
        for idx in sel.embeddedPath {
            if let e = t.pointerElement { t = e }
            let d = alloc()
            emit(.field(d, r, idx))
            r = d
            t = t.structure?.fields[idx].type ?? .invalid
        }
        let isPointer = t.pointerElement != nil
        let base = isPointer ? t.pointerElement! : t
        if base.isInterface {
            return (r, .none)
        }
        guard let impl = c.program.methods[base.id]?[m.name] ?? c.instanceMethod(base, m.name) else { return (r, .none) }
        let target: MethodCallTarget
        switch impl.target {
        case .interpreted(let ref): target = .interpreted(ref)
        case .native(let n): target = .native(n)
        }
        if impl.pointerReceiver {
            if isPointer { return (r, target) }
            // Addressable operand: its box, or its cell.
            if base.isComposite { return (r, target) }
            if sel.embeddedPath.isEmpty { return (addressOf(s.x), target) }
            return (r, target)
        }
        if isPointer {
            let d = alloc()
            emit(.load(d, r, composite: base.isComposite))
            return (d, target)
        }
        return (r, target)
    }

    // MARK: indexing

    func indexKind(_ t: GoType) -> IndexKind {
        switch t.underlying.kind {
        case .slice: return .slice
        case .array: return .array
        case .pointer: return .arrayPointer
        default: return t.basicKind?.isString == true ? .string : .slice
        }
    }

    func indexExpr(_ ix: IndexExpr) -> Reg {
        let xt = type(ix.x)
        if case .map(let kt, let vt) = xt.underlying.kind {
            let m = expr(ix.x), k = expr(ix.indices[0], as: kt)
            let d = alloc()
            emit(.mapIndex(d, m, k, zero: ZeroValues.of(vt), ok: nil))
            return d
        }
        if let id = unparen(ix.x) as? Ident, let o = info.objects[id.id], o.kind == .function { return ident(id, instantiatedBy: ix) }
        if let s = unparen(ix.x) as? SelectorExpr, info.selections[s.id] == nil, let o = info.objects[s.sel.id], o.kind == .function {
            return ident(s.sel, instantiatedBy: ix)
        }
        if info.modes[ix.x.id] == .value || info.modes[ix.x.id] == .variable || info.modes[ix.x.id] == .constant || info.modes[ix.x.id] == .commaOK || info.modes[ix.x.id] == .mapIndex {
            let x = expr(ix.x), i = expr(ix.indices[0])
            let d = alloc()
            emit(.index(d, x, i, indexKind(xt)))
            return d
        }
        if let id = unparen(ix.x) as? Ident, let o = info.objects[id.id], o.kind == .function { return ident(id, instantiatedBy: ix) }
        let d = alloc(); emit(.trap("generic instantiation is not supported yet")); return d
    }

    func sliceExpr(_ s: SliceExpr) -> Reg {
        let xt = type(s.x)
        let x = expr(s.x)
        let lo = s.low.map { expr($0) }, hi = s.high.map { expr($0) }, mx = s.max.map { expr($0) }
        let d = alloc()
        let kind: SliceKind
        switch xt.underlying.kind {
        case .slice: kind = .slice
        case .pointer, .array: kind = .array
        default: kind = .string
        }
        emit(.slice(d, x, lo: lo, hi: hi, max: mx, kind))
        return d
    }

    // MARK: composite literals

    func compositeLit(_ cl: CompositeLit, _ t0: GoType) -> Reg {
        var t = t0
        var pointer = false
        if let e = t.pointerElement { t = e; pointer = true }
        _ = pointer
        let d = alloc()
        switch t.underlying.kind {
        case .structure(let st):
            var regs: [Reg] = []
            let base = alloc(st.fields.count)
            for (k, f) in st.fields.enumerated() { emit(.zero(base + k, ZeroValues.of(f.type))); regs.append(base + k) }
            for (k, el) in cl.elements.enumerated() {
                if let kv = el as? KeyValueExpr, let key = kv.key as? Ident, let idx = st.fieldIndex(named: key.name, package: st.fields.first(where: { $0.name == key.name })?.package) {
                    emit(copyInstr(base + idx, elementValue(kv.value, st.fields[idx].type), st.fields[idx].type))
                } else if k < st.fields.count {
                    emit(copyInstr(base + k, elementValue(el, st.fields[k].type), st.fields[k].type))
                }
            }
            emit(.makeBox(d, regs, inline: st.fields.indices.filter { st.fields[$0].type.isComposite }))
        case .array(let et, let n):
            let base = alloc(Int(n))
            for k in 0..<Int(n) { emit(.zero(base + k, ZeroValues.of(et))) }
            var i = 0
            for el in cl.elements {
                var v: any Expr = el
                if let kv = el as? KeyValueExpr { i = Int(info.constants[kv.key.id]?.int64Value ?? 0); v = kv.value }
                if i < Int(n) { emit(copyInstr(base + i, elementValue(v, et), et)) }
                i += 1
            }
            emit(.makeBox(d, (0..<Int(n)).map { base + $0 }, inline: et.isComposite ? Array(0..<Int(n)) : []))
        case .slice(let et):
            var entries: [(Int, any Expr)] = []
            var i = 0, maxIndex = 0
            for el in cl.elements {
                var v: any Expr = el
                if let kv = el as? KeyValueExpr { i = Int(info.constants[kv.key.id]?.int64Value ?? 0); v = kv.value }
                entries.append((i, v)); i += 1; maxIndex = max(maxIndex, i)
            }
            let base = alloc(maxIndex)
            for k in 0..<maxIndex { emit(.zero(base + k, ZeroValues.of(et))) }
            for (k, v) in entries { emit(copyInstr(base + k, elementValue(v, et), et)) }
            emit(.sliceLiteral(d, (0..<maxIndex).map { base + $0 }))
        case .map(let kt, let vt):
            emit(.makeMap(d))
            for el in cl.elements {
                guard let kv = el as? KeyValueExpr else { continue }
                let k = elementValue(kv.key, kt)
                let v = elementValue(kv.value, vt)
                emit(.mapSet(d, k, v))
            }
        default:
            emit(.trap("unsupported composite literal"))
        }
        return d
    }

    func copyInstr(_ d: Reg, _ s: Reg, _ t: GoType) -> Instr { t.isComposite ? .copyValue(d, s) : .move(d, s) }

    func elementValue(_ e: any Expr, _ t: GoType) -> Reg {
        if let cl = e as? CompositeLit, cl.type == nil { return compositeLit(cl, t) }
        if let u = e as? UnaryExpr, u.op == .and, let cl = u.x as? CompositeLit, cl.type == nil, let pt = t.pointerElement {
            let v = compositeLit(cl, pt)
            if pt.isComposite { return v }
            let d = alloc(); emit(.newCell(d, v)); return d
        }
        return expr(e, as: t)
    }
}

extension TypeKind {
    var isBasic: Bool { if case .basic = self { return true }; return false }
}
