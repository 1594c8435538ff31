// Calls: static functions, closures, methods (static and interface), natives, builtins
// and conversions. Arguments go to consecutive registers; results come back there.
extension FunctionCompiler {
    /// Compiles a call and returns the registers of its first `resultCount` results.
    @discardableResult
    func callExpr(_ call: CallExpr, resultCount: Int) -> [Reg] {
        let fun = unparen(call.fun)
        if info.modes[fun.id] == .typeExpr { return [conversion(call, to: type(fun))] }
        if let id = fun as? Ident, let o = info.objects[id.id], o.kind == .builtin, let b = o.builtin {
            return builtin(b, call)
        }
        let sig = type(call.fun).signature
        let params = sig?.parameters ?? []
        let nres = sig?.results.count ?? 0
        // Argument values, packed for variadic functions.
        func arguments(into base: Reg) {
            var argRegs: [Reg] = []
            var argTypes: [GoType] = []
            if call.args.count == 1, case .tuple = type(call.args[0]).kind, let inner = unparen(call.args[0]) as? CallExpr {
                let rs = callExpr(inner, resultCount: params.count)
                argRegs = rs
                argTypes = type(inner).tupleElements
            } else {
                for a in call.args { argRegs.append(expr(a)); argTypes.append(type(a)) }
            }
            let variadic = sig?.isVariadic == true && !call.hasEllipsis
            let fixed = variadic ? params.count - 1 : params.count
            for k in 0..<min(fixed, argRegs.count) {
                let v = convert(argRegs[k], from: argTypes[k], to: params[k])
                emit(.move(base + k, v))
            }
            if variadic {
                let et = params.last?.elementType ?? .any
                let extra = argRegs.count > fixed ? Array(fixed..<argRegs.count) : []
                if extra.isEmpty { emit(.const(base + fixed, .none)) }
                else {
                    let packed = extra.map { convert(argRegs[$0], from: argTypes[$0], to: et) }
                    emit(.sliceLiteral(base + fixed, packed))
                }
            }
        }
        let width = max(params.count, nres, 1)
        // Method calls.
        if let s = fun as? SelectorExpr, let sel = info.selections[s.id], case .method(let m, _) = sel.target, info.modes[s.x.id] != .typeExpr {
            let recvType = type(s.x)
            if recvType.isInterface && sel.embeddedPath.isEmpty {
                let x = expr(s.x)
                let base = alloc(width)
                arguments(into: base)
                emit(.callInterface(x, method: m.name, base: base, nargs: params.count, nres: nres))
                return (0..<nres).map { base + $0 }
            }
            let (recv, target) = methodReceiver(s, sel, m)
            let base = alloc(width + 1)
            emit(.move(base, recv))
            arguments(into: base + 1)
            switch target {
            case .interpreted(let ref): emit(.call(ref, base: base))
            case .native(let n): emit(.callNative(n, base: base, nargs: params.count + 1, nres: nres))
            case .none:
                emit(.callInterface(recv, method: m.name, base: base + 1, nargs: params.count, nres: nres))
                return (0..<nres).map { base + 1 + $0 }
            }
            return (0..<nres).map { base + $0 }
        }
        // Static calls of package functions.
        var funcObject: Object? = nil
        var funcIdent: Ident? = fun as? Ident
        if let ix = fun as? IndexExpr, let id = unparen(ix.x) as? Ident { funcIdent = id }
        // pkg.F and pkg.F[T]: the qualified name's identifier carries the object and type arguments.
        if let s = fun as? SelectorExpr, info.selections[s.id] == nil { funcIdent = s.sel }
        if let ix = fun as? IndexExpr, let s = unparen(ix.x) as? SelectorExpr, info.selections[s.id] == nil { funcIdent = s.sel }
        if let id = funcIdent { funcObject = info.objects[id.id] }
        if let s = fun as? SelectorExpr, info.selections[s.id] == nil { funcObject = info.objects[s.sel.id] }
        if let o = funcObject, o.kind == .function {
            let base = alloc(width)
            arguments(into: base)
            if let n = c.natives.function(o) ?? c.unimplementedNative(o) {
                emit(.callNative(n, base: base, nargs: params.count, nres: nres))
            } else if c.isGeneric(o), let id = funcIdent {
                emit(.call(c.instance(o, (info.typeArguments[id.id] ?? info.typeArguments[fun.id] ?? []).map(ty)), base: base))
            } else {
                emit(.call(c.funcRef(o), base: base))
            }
            return (0..<nres).map { base + $0 }
        }
        // Function values.
        let f = expr(call.fun)
        let base = alloc(width)
        arguments(into: base)
        emit(.callClosure(f, base: base, nargs: params.count, nres: nres))
        return (0..<nres).map { base + $0 }
    }

    /// A call used as a statement in `go`/`defer`: evaluates the function value and arguments now.
    func deferredCall(_ callE: any Expr) -> (Reg, Reg, Int) {
        guard let call = unparen(callE) as? CallExpr else { let r = alloc(); return (r, r, 0) }
        let fun = unparen(call.fun)
        if let id = fun as? Ident, let o = info.objects[id.id], o.kind == .builtin {
            // Builtins have no function value: wrap the call in a closure over its evaluated arguments.
            let argRegs = call.args.map { expr($0) }
            let base = alloc(max(argRegs.count, 1))
            for (k, r) in argRegs.enumerated() { emit(.move(base + k, r)) }
            let f = alloc()
            let child = FunctionCompiler(compiler: c, info: info, package: pkg, name: proto.name + ".deferwrap", parent: nil)
            let params = child.alloc(argRegs.count)
            let types = call.args.map { type($0) }
            switch o.builtin {
            case .close: child.emit(.close(params))
            case .panic: child.emit(.panic(child.convert(params, from: types[0], to: .any)))
            case .print, .println: child.emit(.printValues((0..<argRegs.count).map { params + $0 }, types, newline: o.builtin == .println))
            default: child.emit(.trap("unsupported deferred builtin"))
            }
            child.proto.paramCount = argRegs.count
            child.finish()
            let ref = FuncRef(); ref.proto = child.proto
            emit(.makeClosure(f, ref, []))
            return (f, base, argRegs.count)
        }
        let sig = type(call.fun).signature
        let params = sig?.parameters ?? []
        let f = expr(call.fun)
        let base = alloc(max(params.count, 1))
        var argRegs: [Reg] = [], argTypes: [GoType] = []
        for a in call.args { argRegs.append(expr(a)); argTypes.append(type(a)) }
        let variadic = sig?.isVariadic == true && !call.hasEllipsis
        let fixed = variadic ? params.count - 1 : params.count
        for k in 0..<min(fixed, argRegs.count) { emit(copyInstr(base + k, convert(argRegs[k], from: argTypes[k], to: params[k]), params[k])) }
        if variadic {
            let et = params.last?.elementType ?? .any
            let packed = (fixed..<max(fixed, argRegs.count)).map { convert(argRegs[$0], from: argTypes[$0], to: et) }
            if packed.isEmpty { emit(.const(base + fixed, .none)) } else { emit(.sliceLiteral(base + fixed, packed)) }
        }
        return (f, base, params.count)
    }

    // MARK: conversions

    func conversion(_ call: CallExpr, to t: GoType) -> Reg {
        let arg = call.args[0]
        let from = type(arg)
        let x = expr(arg)
        if t.isInterface { return convert(x, from: from, to: t) }
        let d = alloc()
        let tk = t.basicKind, fk = from.basicKind
        if let tk = tk, let fk = fk {
            if tk.isInteger && fk.isInteger { emit(.convert(.wrapInt(tk), d, x)); return d }
            if tk.isFloat && fk.isInteger { emit(.convert(.intToFloat(unsigned: fk.isUnsigned, f32: tk == .float32), d, x)); return d }
            if tk.isInteger && fk.isFloat { emit(.convert(.floatToInt(tk), d, x)); return d }
            if tk == .float32 && fk.isFloat { emit(.convert(.floatToFloat32, d, x)); return d }
            if tk == .complex64 && fk.isComplex { emit(.convert(.complexToComplex64, d, x)); return d }
            if tk.isString && fk.isInteger { emit(.convert(.runeToString, d, x)); return d }
        }
        if tk?.isString == true, case .slice(let e) = from.underlying.kind {
            emit(.convert(e.basicKind == .uint8 ? .bytesToString : .runesToString, d, x)); return d
        }
        if fk?.isString == true, case .slice(let e) = t.underlying.kind {
            emit(.convert(e.basicKind == .uint8 ? .stringToBytes : .stringToRunes, d, x)); return d
        }
        // Slice to array or array pointer: a length check, then a copy (or the backing array).
        if case .slice = from.underlying.kind {
            if case .array = t.underlying.kind { emit(.sliceToArray(d, x, ZeroValues.of(t), pointer: false)); return d }
            if let arrayType = t.pointerElement, case .array = arrayType.underlying.kind {
                emit(.sliceToArray(d, x, ZeroValues.of(arrayType), pointer: true)); return d
            }
        }
        emit(t.isComposite ? .copyValue(d, x) : .move(d, x))
        return d
    }

    // MARK: builtins

    func lenKind(_ t: GoType) -> LenKind {
        switch t.underlying.kind {
        case .slice: return .slice
        case .array(_, let n): return .array(n)
        case .pointer(let p): if case .array(_, let n) = p.underlying.kind { return .array(n) }; return .slice
        case .map: return .map
        case .chan: return .chan
        default: return .string
        }
    }

    /// An operand of `complex(re, im)`: a constant one is materialised as a float whatever
    /// untyped kind the checker left on it.
    func floatOperand(_ e: any Expr) -> Reg {
        guard let cv = info.constants[e.id] else { return expr(e) }
        let d = alloc()
        emit(.const(d, .float(cv.doubleValue ?? 0)))
        return d
    }

    func builtin(_ b: Builtin, _ call: CallExpr) -> [Reg] {
        let d = alloc()
        switch b {
        case .len, .cap:
            let x = expr(call.args[0])
            emit(b == .len ? .len(d, x, lenKind(type(call.args[0]))) : .cap(d, x, lenKind(type(call.args[0]))))
        case .append:
            let st = type(call)
            let et = st.elementType ?? .any
            let s = expr(call.args[0])
            if call.hasEllipsis {
                let t = expr(call.args[1])
                emit(.appendSlice(d, s, t, fromString: type(call.args[1]).basicKind?.isString == true, SliceGrowth(element: et)))
            } else {
                let vs = call.args.dropFirst().map { a -> Reg in
                    let v = convert(expr(a), from: type(a), to: et)
                    if et.isComposite { let cpy = alloc(); emit(.copyValue(cpy, v)); return cpy }
                    return v
                }
                emit(.append(d, s, Array(vs), SliceGrowth(element: et)))
            }
        case .copy:
            let dst = expr(call.args[0]), src = expr(call.args[1])
            emit(.copySlice(d, dst, src, fromString: type(call.args[1]).basicKind?.isString == true))
        case .delete:
            let m = expr(call.args[0])
            let kt: GoType = { if case .map(let k, _) = type(call.args[0]).underlying.kind { return k }; return .any }()
            let k = expr(call.args[1], as: kt)
            emit(.mapDelete(m, k))
        case .make:
            let t = type(call.args[0])
            switch t.underlying.kind {
            case .slice(let e):
                let l = expr(call.args[1])
                let cp = call.args.count > 2 ? expr(call.args[2]) : nil
                emit(.makeSlice(d, len: l, cap: cp, ZeroValues.of(e)))
            case .map:
                // The size is only a hint (a negative one is allowed at run time), but its
                // expression still runs.
                if call.args.count > 1 { _ = expr(call.args[1]) }
                emit(.makeMap(d))
            case .chan: emit(.makeChan(d, call.args.count > 1 ? expr(call.args[1]) : nil))
            default: emit(.trap("bad make"))
            }
        case .real, .imag:
            emit(.convert(b == .real ? .realPart : .imagPart, d, expr(call.args[0])))
        case .complex:
            emit(.makeComplex(d, floatOperand(call.args[0]), floatOperand(call.args[1])))
        case .new:
            let t = type(call.args[0])
            emit(.zero(d, ZeroValues.of(t)))
            if !t.isComposite { emit(.newCell(d, d)) }
        case .panic:
            let v = expr(call.args[0], as: .any)
            emit(.panic(v))
        case .recover:
            emit(.recover(d))
        case .print, .println:
            let rs = call.args.map { expr($0) }
            emit(.printValues(rs, call.args.map { type($0) }, newline: b == .println))
        case .close:
            emit(.close(expr(call.args[0])))
        case .min, .max:
            let t = type(call)
            let k = t.basicKind ?? .int
            emit(.move(d, expr(call.args[0])))
            for a in call.args.dropFirst() {
                let y = expr(a)
                let c = alloc()
                let op: CmpOp = b == .min ? .lt : .gt
                if k.isFloat {
                    // A NaN argument makes the result NaN (spec "Min and max").
                    emit(.floatCmp(op, c, y, d))
                    let take = emit(.jumpIf(c, 0))
                    emit(.floatCmp(.ne, c, y, y))
                    let skip = emit(.jumpIfNot(c, 0))
                    patch(take, to: here)
                    emit(.move(d, y))
                    patch(skip, to: here)
                    continue
                }
                if k.isString { emit(.stringCmp(op, c, y, d)) }
                else { emit(.intCmp(op, unsigned: k.isUnsigned, c, y, d)) }
                let j = emit(.jumpIfNot(c, 0))
                emit(.move(d, y))
                patch(j, to: here)
            }
        case .clear:
            let x = expr(call.args[0])
            if case .map = type(call.args[0]).underlying.kind {
                let keys = alloc(), n = alloc(), i = alloc(), k = alloc()
                emit(.mapKeys(keys, x))
                emit(.len(n, keys, .slice))
                emit(.const(i, .int(0)))
                let top = here
                let j = emit(.ltIntJumpNot(i, n, 0))
                emit(.index(k, keys, i, .slice))
                emit(.mapDelete(x, k))
                emit(.addIntConst(i, i, 1))
                emit(.jump(top))
                patch(j, to: here)
            } else {
                // Slices: store a fresh zero value into each element (len(x) of them).
                let elem: GoType = { if case .slice(let e) = type(call.args[0]).underlying.kind { return e }; return .any }()
                let n = alloc(), i = alloc(), z = alloc()
                emit(.len(n, x, .slice))
                emit(.const(i, .int(0)))
                let top = here
                let j = emit(.ltIntJumpNot(i, n, 0))
                emit(.zero(z, ZeroValues.of(elem)))
                emit(.setIndex(x, i, z, .slice))
                emit(.addIntConst(i, i, 1))
                emit(.jump(top))
                patch(j, to: here)
            }
        default:
            emit(.trap("builtin \(b.rawValue) is not supported"))
        }
        return [d]
    }

    /// Values of a multi-valued expression (call, comma-ok forms) in registers.
    func multiValue(_ e: any Expr, count: Int) -> [Reg] {
        let x = unparen(e)
        if let call = x as? CallExpr { return callExpr(call, resultCount: count) }
        let d = alloc(), ok = alloc()
        switch x {
        case let ix as IndexExpr:
            let m = expr(ix.x)
            let (kt, vt): (GoType, GoType) = { if case .map(let k, let v) = type(ix.x).underlying.kind { return (k, v) }; return (.any, .any) }()
            let k = expr(ix.indices[0], as: kt)
            emit(.mapIndex(d, m, k, zero: ZeroValues.of(vt), ok: ok))
        case let ta as TypeAssertExpr:
            let v = expr(ta.x)
            let t = type(e).tupleElements.first ?? type(ta)
            emit(.assert(d, v, ta.type.map { type($0) } ?? t, ok: ok, srcType: type(ta.x)))
        case let u as UnaryExpr where u.op == .arrow:
            let ch = expr(u.x)
            let t = type(e).tupleElements.first ?? .any
            emit(.recv(d, ch, ok: ok, ZeroValues.of(t)))
        default:
            emit(.move(d, expr(x)))
        }
        return [d, ok]
    }
}
