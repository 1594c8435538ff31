// Selectors, index and slice expressions, composite literals.

extension Checker {
    func selector(_ e: SelectorExpr, _ scope: Scope) -> Operand {
        let name = e.sel.name
        // Qualified identifier pkg.Name.
        if let pi = e.x as? Ident, let po = scope.lookup(pi.name), po.kind == .packageName, po.imported == nil {
            return .invalid(e)   // the failed import was reported
        }
        if let pi = e.x as? Ident, let po = scope.lookup(pi.name), po.kind == .packageName, let imp = po.imported {
            po.used = true
            record(pi, po)
            guard let o = imp.scope.lookupLocal(name) else {
                error(e.sel.pos, "undefined: \(pi.name).\(name)")
                return .invalid(e)
            }
            guard o.isExported else {
                error(e.sel.pos, "name \(name) not exported by package \(imp.ref.name)")
                return .invalid(e)
            }
            record(e.sel, o)
            switch o.kind {
            case .constant: return Operand(mode: .constant, expr: e, type: o.type, value: o.constant)
            case .typeName: return Operand(mode: .typeExpr, expr: e, type: o.type)
            case .variable: return Operand(mode: .variable, expr: e, type: o.type)
            case .function:
                var op = Operand(mode: .value, expr: e, type: o.type)
                // A generic function of another package: inferred and instantiated as a local one.
                if let tps = o.typeParameters { op.typeParams = tps; op.genericIdent = e.sel }
                return op
            default: return .invalid(e)
            }
        }
        var x = rawExpr(e.x, scope, hint: nil)
        if x.isInvalid { return .invalid(e) }
        if x.mode == .typeExpr {
            // Method expression T.M / (*T).M.
            let t = x.type
            guard case .found(let sel) = FieldAndMethodLookup.lookup(t, name: name, package: pkg), case .method(let m, _) = sel.target else {
                error(e.sel.pos, "\(ExprString.string(e)) undefined (type \(typeString(t)) has no method \(name))")
                return .invalid(e)
            }
            if m.pointerReceiver && t.pointerElement == nil && !sel.indirect && !t.isInterface {
                error(e.pos, "invalid method expression \(ExprString.string(e)) (needs pointer receiver (*\(typeString(t))).\(name))")
                return .invalid(e)
            }
            guard let s = m.signature.signature else { return .invalid(e) }
            noteMethodDependency(sel.declaringType, name)
            if e.id < info.selections.count { info.selections[e.id] = sel }
            let ft = table.signature(parameters: [t] + s.parameters, results: s.results, isVariadic: s.isVariadic)
            return Operand(mode: .value, expr: e, type: ft)
        }
        singleValue(&x)
        if x.isInvalid { return .invalid(e) }
        if x.isNil { error(e.pos, "use of untyped nil"); return .invalid(e) }
        switch FieldAndMethodLookup.lookup(x.type, name: name, package: pkg) {
        case .found(let sel):
            if e.id < info.selections.count { info.selections[e.id] = sel }
            switch sel.target {
            case .field(let f, _):
                let mode: OperandMode = (x.mode == .variable || sel.indirect || x.type.pointerElement != nil) ? .variable : .value
                return Operand(mode: mode, expr: e, type: f.type)
            case .method(let m, _):
                noteMethodDependency(sel.declaringType, m.name)
                if sel.needsAddressableReceiver && x.mode != .variable && x.type.pointerElement == nil && !sel.isInterfaceMethod {
                    error(e.pos, "cannot call pointer method \(name) on \(typeString(x.type))")
                    return .invalid(e)
                }
                return Operand(mode: .value, expr: e, type: m.signature)
            }
        case .ambiguous:
            error(e.sel.pos, "ambiguous selector \(ExprString.string(e))")
            return .invalid(e)
        case .notFound:
            var why = "type \(typeString(x.type)) has no field or method \(name)"
            if let p = x.type.pointerElement, p.isInterface {
                why = "type \(typeString(x.type)) is pointer to interface, not interface"
            } else if !isExportedName(name), let other = foreignUnexported(x.type, name) {
                why = other
            } else if let alt = caseVariant(x.type, name) {
                why = "type \(typeString(x.type)) has no field or method \(name), but does have \(alt)"
            }
            error(e.sel.pos, "\(ExprString.string(e)) undefined (\(why))")
            return .invalid(e)
        }
    }

    private func noteMethodDependency(_ declaring: GoType, _ name: String) {
        let base = declaring.named?.origin ?? declaring
        if let fo = methodObjects[base.id]?[name] { noteDependency(fo) }
    }

    private func foreignUnexported(_ t: GoType, _ name: String) -> String? {
        let base = t.pointerElement ?? t
        guard let n = base.named, let p = n.package, p != pkg else { return nil }
        if case .found(let sel) = FieldAndMethodLookup.lookup(t, name: name, package: p) {
            return sel.isMethod ? "cannot refer to unexported method \(name)" : "cannot refer to unexported field \(name)"
        }
        return nil
    }

    private func caseVariant(_ t: GoType, _ name: String) -> String? {
        let alt = name.prefix(1).uppercased() + name.dropFirst()
        guard alt != name else {
            let low = name.prefix(1).lowercased() + name.dropFirst()
            if case .found(let s) = FieldAndMethodLookup.lookup(t, name: low, package: pkg) { return (s.isMethod ? "method " : "field ") + low }
            return nil
        }
        if case .found(let s) = FieldAndMethodLookup.lookup(t, name: alt, package: pkg) { return (s.isMethod ? "method " : "field ") + alt }
        return nil
    }

    // MARK: index and slice

    func index(_ e: IndexExpr, _ scope: Scope, hint: GoType?) -> Operand {
        var x = rawExpr(e.x, scope, hint: nil)
        if x.isInvalid { for i in e.indices { _ = rawExpr(i, scope, hint: nil) }; return .invalid(e) }
        if x.mode == .typeExpr {
            let t = typ(e, scope)
            return t.isInvalid ? .invalid(e) : Operand(mode: .typeExpr, expr: e, type: t)
        }
        if let tparams = x.typeParams {
            // Explicit instantiation of a generic function.
            let args = e.indices.map { typ($0, scope) }
            if args.contains(where: \.isInvalid) { return .invalid(e) }
            if args.count > tparams.count {
                error(e.indices[tparams.count].pos, "got \(args.count) type arguments but \(ExprString.string(e.x)) has \(tparams.count) type parameters")
                return .invalid(e)
            }
            if args.count < tparams.count {
                var op = x
                op.expr = e
                explicitTypeArgs[e.id] = args
                return op
            }
            if let msg = verifyConstraints(tparams, args) { error(e.indices[0].pos, msg); return .invalid(e) }
            let inst = table.substitute(x.type, Dictionary(uniqueKeysWithValues: zip(tparams, args)))
            if e.id < info.typeArguments.count { info.typeArguments[e.id] = args }
            if let gi = x.genericIdent, gi.id < info.typeArguments.count { info.typeArguments[gi.id] = args }
            return Operand(mode: .value, expr: e, type: inst)
        }
        singleValue(&x)
        if x.isInvalid { return .invalid(e) }
        if e.indices.count != 1 {
            error(e.indices.count > 1 ? e.indices[1].pos : e.pos, "unexpected comma; expecting ]")
            return .invalid(e)
        }
        let ie = e.indices[0]
        if coreType(x.type) == nil, let terms = typeSetTerms(x.type), let elem = commonIndexElement(terms) {
            _ = indexValue(ie, scope, length: nil)
            return Operand(mode: x.mode == .variable ? .variable : .value, expr: e, type: elem)
        }
        guard let core = coreType(x.type) else {
            error(e.pos, "invalid operation: cannot index \(describe(x))")
            return .invalid(e)
        }
        switch core.kind {
        case .basic(let k) where k.isString:
            var length: Int64? = nil
            if x.mode == .constant, let s = x.value.stringBytes { length = Int64(s.count) }
            _ = indexValue(ie, scope, length: length)
            return Operand(mode: .value, expr: e, type: .byte)
        case .array(let elem, let n):
            _ = indexValue(ie, scope, length: n)
            return Operand(mode: x.mode == .variable ? .variable : .value, expr: e, type: elem)
        case .pointer(let p):
            if case .array(let elem, let n) = p.underlying.kind {
                _ = indexValue(ie, scope, length: n)
                return Operand(mode: .variable, expr: e, type: elem)
            }
        case .slice(let elem):
            _ = indexValue(ie, scope, length: nil)
            return Operand(mode: .variable, expr: e, type: elem)
        case .map(let k, let v):
            var key = expr(ie, scope, hint: k)
            assign(&key, to: k, context: "map index")
            return Operand(mode: .mapIndex, expr: e, type: v)
        default: break
        }
        error(e.pos, "invalid operation: cannot index \(describe(x))")
        _ = expr(ie, scope)
        return .invalid(e)
    }

    /// The element type shared by every indexable type of a type set (arrays, slices, strings).
    private func commonIndexElement(_ terms: [TypeTerm]) -> GoType? {
        var elem: GoType? = nil
        for t in terms {
            let e: GoType
            switch t.type.underlying.kind {
            case .array(let x, _), .slice(let x): e = x
            case .pointer(let p): guard case .array(let x, _) = p.underlying.kind else { return nil }; e = x
            case .basic(let k) where k.isString: e = .byte
            default: return nil
            }
            if let prev = elem, prev != e { return nil }
            elem = e
        }
        return elem
    }

    /// Checks an index (or slice bound); returns its constant value when known.
    @discardableResult
    func indexValue(_ ie: any Expr, _ scope: Scope, length: Int64?, allowEqual: Bool = false) -> Int64? {
        var i = expr(ie, scope)
        if i.isInvalid { return nil }
        if i.type.isUntyped {
            if i.mode == .constant, case .int = i.value.toInt() { convertUntyped(&i, to: .int) }
            else if i.mode == .constant {
                error(ie.pos, "invalid argument: index \(describe(i)) must be integer")
                return nil
            } else { convertUntyped(&i, to: .int) }
        }
        guard allTypes(i.type, { $0.underlying.basicKind?.isInteger ?? false }) else {
            error(ie.pos, "invalid argument: index \(describe(i)) must be integer")
            return nil
        }
        guard i.mode == .constant, let v = i.value.int64Value else { return nil }
        if v < 0 {
            error(ie.pos, "invalid argument: index \(describe(i)) must not be negative")
            return nil
        }
        if let n = length, v > n || (v == n && !allowEqual) {
            error(ie.pos, "invalid argument: index \(ExprString.string(ie)) out of bounds [0:\(allowEqual ? n + 1 : n)]")
            return nil
        }
        return v
    }

    func sliceExpr(_ e: SliceExpr, _ scope: Scope) -> Operand {
        var x = expr(e.x, scope)
        let bounds = [e.low, e.high, e.max]
        if x.isInvalid { for b in bounds.compactMap({ $0 }) { _ = expr(b, scope) }; return .invalid(e) }
        var result: GoType
        var length: Int64? = nil
        guard let core = coreType(x.type) else {
            error(e.pos, "cannot slice \(describe(x))")
            return .invalid(e)
        }
        switch core.kind {
        case .basic(let k) where k.isString:
            if e.slice3 { error(e.pos, "invalid operation: 3-index slice of string"); return .invalid(e) }
            if x.mode == .constant, let s = x.value.stringBytes { length = Int64(s.count) }
            if x.type.isUntyped { convertUntyped(&x, to: .string) }
            result = x.type
        case .array(let elem, let n):
            if x.mode != .variable {
                error(e.pos, "invalid operation: \(ExprString.string(e.x)) (slice of unaddressable value)")
                return .invalid(e)
            }
            length = n
            result = table.slice(of: elem)
        case .pointer(let p):
            guard case .array(let elem, let n) = p.underlying.kind else {
                error(e.pos, "cannot slice \(describe(x))")
                return .invalid(e)
            }
            length = n
            result = table.slice(of: elem)
        case .slice:
            result = x.type
        default:
            error(e.pos, "cannot slice \(describe(x))")
            return .invalid(e)
        }
        var values: [Int64] = []
        for b in bounds.compactMap({ $0 }) {
            if let v = indexValue(b, scope, length: length, allowEqual: true) { values.append(v) }
        }
        if values.count >= 2 {
            for i in 1..<values.count where values[i] < values[i - 1] {
                error(e.pos, "invalid slice indices: \(values[i]) < \(values[i - 1])")
                break
            }
        }
        return Operand(mode: .value, expr: e, type: result)
    }

    // MARK: composite literals

    func compositeLit(_ e: CompositeLit, _ scope: Scope, hint: GoType?) -> Operand {
        var t: GoType
        var openArrayElem: GoType? = nil
        if let te = e.type {
            if let at = unparen(te) as? ArrayTypeExpr, at.len is Ellipsis {
                openArrayElem = typ(at.elem, scope)
                t = .invalid
            } else {
                t = typ(te, scope)
            }
        } else if let h = hint {
            t = h
        } else {
            error(e.pos, "invalid composite literal type: missing type")
            return .invalid(e)
        }
        if let elem = openArrayElem {
            let n = arrayElements(e, elem: elem, length: nil, scope)
            t = table.array(of: elem, length: n)
            if let te = e.type, te.id < info.types.count { info.types[te.id] = t; info.modes[te.id] = .typeExpr }
            return Operand(mode: .value, expr: e, type: t)
        }
        if t.isInvalid { for el in e.elements { _ = rawElement(el, scope) }; return .invalid(e) }
        var base = coreType(t) ?? t.underlying
        var resultType = t
        // `{...}` elided in a []*T literal stands for &T{...}.
        if e.type == nil, let p = base.pointerElement {
            base = coreType(p) ?? p.underlying
            resultType = t
        }
        switch base.kind {
        case .structure(let s):
            structElements(e, s, t: e.type == nil ? (t.pointerElement ?? t) : t, scope)
        case .array(let elem, let n):
            _ = arrayElements(e, elem: elem, length: n, scope)
        case .slice(let elem):
            _ = arrayElements(e, elem: elem, length: nil, scope)
        case .map(let k, let v):
            var seen: [ConstantValue: Bool] = [:]
            for el in e.elements {
                guard let kv = el as? KeyValueExpr else {
                    error(el.pos, "missing key in map literal")
                    _ = rawElement(el, scope)
                    continue
                }
                var key = element(kv.key, scope, hint: k)
                assign(&key, to: k, context: "map literal")
                if key.mode == .constant, !key.isInvalid {
                    if seen[key.value] != nil {
                        error(kv.key.pos, "duplicate key \(ExprString.string(kv.key)) in map literal")
                    }
                    seen[key.value] = true
                }
                var val = element(kv.value, scope, hint: v)
                assign(&val, to: v, context: "map literal")
            }
        default:
            error(e.pos, "invalid composite literal type \(typeString(t))")
            for el in e.elements { _ = rawElement(el, scope) }
            return .invalid(e)
        }
        return Operand(mode: .value, expr: e, type: resultType)
    }

    private func rawElement(_ el: any Expr, _ scope: Scope) -> Operand {
        if let kv = el as? KeyValueExpr {
            if !(kv.key is Ident) { _ = element(kv.key, scope, hint: nil) }
            return element(kv.value, scope, hint: nil)
        }
        return element(el, scope, hint: nil)
    }

    /// An element value; an elided `{...}` takes the hint as its type.
    private func element(_ el: any Expr, _ scope: Scope, hint: GoType?) -> Operand {
        if let c = el as? CompositeLit, c.type == nil {
            guard let h = hint else {
                error(c.pos, "invalid composite literal type: missing type")
                return .invalid(c)
            }
            let x = compositeLit(c, scope, hint: h)
            record(x)
            return x
        }
        return expr(el, scope, hint: hint)
    }

    private func structElements(_ e: CompositeLit, _ s: StructInfo, t: GoType, _ scope: Scope) {
        if e.elements.isEmpty { return }
        let keyed = e.elements[0] is KeyValueExpr
        if keyed {
            var seen = Set<String>()
            for el in e.elements {
                guard let kv = el as? KeyValueExpr else {
                    error(el.pos, "mixture of field:value and value elements in struct literal")
                    _ = expr(el, scope)
                    continue
                }
                guard let key = kv.key as? Ident else {
                    error(kv.key.pos, "invalid field name \(ExprString.string(kv.key)) in struct literal")
                    _ = element(kv.value, scope, hint: nil)
                    continue
                }
                guard let i = s.fields.firstIndex(where: { $0.name == key.name }) else {
                    error(key.pos, "unknown field \(key.name) in struct literal of type \(typeString(t))")
                    _ = element(kv.value, scope, hint: nil)
                    continue
                }
                let f = s.fields[i]
                if let fp = f.package, fp != pkg {
                    error(key.pos, "cannot refer to unexported field \(key.name) in struct literal of type \(typeString(t))")
                }
                if !seen.insert(key.name).inserted {
                    error(key.pos, "duplicate field name \(key.name) in struct literal")
                }
                if key.id < info.types.count { info.types[key.id] = f.type }
                var v = element(kv.value, scope, hint: f.type)
                assign(&v, to: f.type, context: "struct literal")
            }
            return
        }
        for (i, el) in e.elements.enumerated() {
            if el is KeyValueExpr {
                error(el.pos, "mixture of field:value and value elements in struct literal")
                continue
            }
            guard i < s.fields.count else {
                error(el.pos, "too many values in struct literal of type \(typeString(t))")
                break
            }
            let f = s.fields[i]
            var v = element(el, scope, hint: f.type)
            if let fp = f.package, fp != pkg {
                error(el.pos, "implicit assignment to unexported field \(f.name) in struct literal of type \(typeString(t))")
                continue
            }
            assign(&v, to: f.type, context: "struct literal")
        }
        if e.elements.count < s.fields.count && !(e.elements.last is KeyValueExpr) {
            error(e.rbrace, "too few values in struct literal of type \(typeString(t))")
        }
    }

    /// Checks array/slice elements; returns the literal's length (max index + 1).
    private func arrayElements(_ e: CompositeLit, elem: GoType, length: Int64?, _ scope: Scope) -> Int64 {
        var next: Int64 = 0
        var maxLen: Int64 = 0
        var seen = Set<Int64>()
        for el in e.elements {
            var valueExpr = el
            if let kv = el as? KeyValueExpr {
                valueExpr = kv.value
                var k = expr(kv.key, scope)
                if k.mode == .constant, case .int(let i) = k.value.toInt(), let v = i.int64Value, v >= 0 {
                    if k.type.isUntyped { convertUntyped(&k, to: .int) }
                    next = v
                } else if !k.isInvalid {
                    error(kv.key.pos, "index \(ExprString.string(kv.key)) must be integer constant")
                }
            }
            if let n = length, next >= n {
                error(valueExpr.pos, "index \(next) out of bounds [0:\(n)]")
            } else if !seen.insert(next).inserted {
                error(el.pos, "duplicate index \(next) in array or slice literal")
            }
            var v = element(valueExpr, scope, hint: elem)
            assign(&v, to: elem, context: "array or slice literal")
            next += 1
            maxLen = max(maxLen, next)
        }
        return maxLen
    }
}
