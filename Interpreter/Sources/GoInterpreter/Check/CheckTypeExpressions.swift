// Type expressions → types.

extension Checker {
    /// The type denoted by e; reports "x is not a type" and returns invalid otherwise.
    func typ(_ e: any Expr, _ scope: Scope, allowConstraint: Bool = false, allowGeneric: Bool = false) -> GoType {
        let t = typInternal(e, scope, allowGeneric: allowGeneric)
        if e.id < info.types.count {
            info.types[e.id] = t
            info.modes[e.id] = t.isInvalid ? .invalid : .typeExpr
        }
        if !allowConstraint, let i = t.interface, !t.isTypeParameter, !i.isBasic {
            error(e.pos, "cannot use type \(typeString(t)) outside a type constraint: interface contains type constraints")
        }
        return t
    }

    private func typInternal(_ e: any Expr, _ scope: Scope, allowGeneric: Bool) -> GoType {
        switch e {
        case let x as Ident:
            if x.name == "_" { error(x.pos, "cannot use _ as value or type"); return .invalid }
            guard let o = scope.lookup(x.name) else { error(x.pos, "undefined: \(x.name)"); return .invalid }
            o.used = true
            record(x, o)
            guard o.kind == .typeName else { error(x.pos, "\(x.name) is not a type"); return .invalid }
            // A declared (non-alias) type is usable before its underlying type is known, which
            // lets mutually recursive declarations refer to each other; aliases need resolving.
            if o.type.named == nil || o.type.isInvalid { resolve(o) }
            if !allowGeneric, let n = o.type.named, n.isGeneric {
                error(x.pos, "cannot use generic type \(genericDescription(o.type)) without instantiation")
                return .invalid
            }
            return o.type
        case let x as SelectorExpr:
            if let pkgIdent = x.x as? Ident, let po = scope.lookup(pkgIdent.name), po.kind == .packageName, po.imported == nil {
                return .invalid   // the failed import was reported
            }
            guard let pkgIdent = x.x as? Ident, let po = scope.lookup(pkgIdent.name), po.kind == .packageName, let imp = po.imported else {
                error(x.pos, "\(ExprString.string(x)) is not a type")
                return .invalid
            }
            po.used = true
            record(pkgIdent, po)
            guard let o = imp.scope.lookupLocal(x.sel.name), o.isExported else {
                error(x.sel.pos, "undefined: \(ExprString.string(x))")
                return .invalid
            }
            record(x.sel, o)
            guard o.kind == .typeName else { error(x.pos, "\(ExprString.string(x)) is not a type"); return .invalid }
            return o.type
        case let x as ParenExpr:
            return typ(x.x, scope, allowGeneric: allowGeneric)
        case let x as IndexExpr:
            // Whether a constraint interface may appear here is decided for the instance
            // by the caller, not for the generic type being instantiated.
            let base = typ(x.x, scope, allowConstraint: true, allowGeneric: true)
            if base.isInvalid { return .invalid }
            guard let named = base.named, named.isGeneric else {
                error(x.x.pos, "\(typeString(base)) is not a generic type")
                return .invalid
            }
            let args = x.indices.map { typ($0, scope) }
            if args.contains(where: \.isInvalid) { return .invalid }
            return instantiateType(base, args, at: x)
        case let x as StarExpr:
            // Invalid components make the whole type invalid (no follow-up errors).
            let e = typ(x.x, scope)
            return e.isInvalid ? .invalid : table.pointer(to: e)
        case let x as ArrayTypeExpr:
            let elem = typ(x.elem, scope)
            if elem.isInvalid { if let l = x.len, !(l is Ellipsis) { _ = arrayLength(l, scope) }; return .invalid }
            guard let lenExpr = x.len else { return table.slice(of: elem) }
            if lenExpr is Ellipsis {
                error(lenExpr.pos, "invalid use of [...] array (outside a composite literal)")
                return .invalid
            }
            guard let n = arrayLength(lenExpr, scope) else { return .invalid }
            return table.array(of: elem, length: n)
        case let x as MapTypeExpr:
            let k = typ(x.key, scope), v = typ(x.value, scope)
            if k.isInvalid || v.isInvalid { return .invalid }
            if !k.isInvalid && !k.isTypeParameter && !isComparable(k) {
                error(x.key.pos, "invalid map key type \(typeString(k))")
            }
            return table.map(key: k, value: v)
        case let x as ChanTypeExpr:
            let dir: ChanDirection = x.dir == .both ? .both : (x.dir == .send ? .send : .receive)
            let e = typ(x.elem, scope)
            return e.isInvalid ? .invalid : table.chan(of: e, direction: dir)
        case let x as FuncTypeExpr:
            if !x.typeParams.isEmpty { error(x.pos, "function type must have no type parameters") }
            return signature(x, scope: Scope(parent: scope), declareParams: false)
        case let x as StructTypeExpr:
            return structType(x, scope)
        case let x as InterfaceTypeExpr:
            return interfaceType(x, scope)
        case is BadExpr:
            return .invalid
        default:
            error(e.pos, "\(ExprString.string(e)) is not a type")
            return .invalid
        }
    }

    /// Resolves the declaration of a named type of this package if still pending.
    func ensureResolved(_ t: GoType) {
        var base = t
        if let n = t.named, let o = n.origin { base = o }
        if let o = namedTypeObjects[base.id] { resolve(o) }
    }

    func genericDescription(_ t: GoType) -> String {
        guard let n = t.named else { return typeString(t) }
        let params = n.typeParameters.compactMap { p -> String? in
            guard let tp = p.typeParameter else { return nil }
            return tp.name + " " + typeString(tp.constraint)
        }
        return n.name + "[" + params.joined(separator: ", ") + "]"
    }

    /// `Generic[args]`, checking the count and the constraints.
    func instantiateType(_ base: GoType, _ args: [GoType], at x: IndexExpr) -> GoType {
        guard let named = base.named else { return .invalid }
        let want = named.typeParameters.count
        if args.count != want {
            let which = args.count < want ? "not enough" : "too many"
            error(x.pos, "\(which) type arguments for type \(named.name): have \(args.count), want \(want)")
            return .invalid
        }
        if let msg = verifyConstraints(named.typeParameters, args) {
            error(x.indices.first?.pos ?? x.pos, msg)
        }
        let t = table.instantiate(base, arguments: args)
        if x.id < info.typeArguments.count { info.typeArguments[x.id] = args }
        return t
    }

    /// nil when every argument satisfies its parameter's constraint, else gc's message.
    func verifyConstraints(_ params: [GoType], _ args: [GoType]) -> String? {
        let map = Dictionary(zip(params, args), uniquingKeysWith: { a, _ in a })
        for (p, a) in zip(params, args) {
            guard let tp = p.typeParameter else { continue }
            let c = table.substitute(tp.constraint, map)
            if let why = satisfies(a, c) {
                return "\(typeString(a)) does not \(why.hasPrefix("satisfies") ? "" : "satisfy ")\(typeString(c))\(why.isEmpty ? "" : " " + parenthesized(why))"
            }
        }
        return nil
    }

    /// A constant non-negative integer array length.
    func arrayLength(_ e: any Expr, _ scope: Scope) -> Int64? {
        var x = expr(e, scope)
        if x.isInvalid { return nil }
        if x.mode != .constant {
            error(e.pos, "array length \(ExprString.string(e)) (\(describe(x).dropFirst(ExprString.string(e).count + 2).dropLast())) must be constant")
            return nil
        }
        if x.type.isUntyped || (x.type.basicKind?.isInteger ?? false) {
            if case .int(let i) = x.value.toInt(), let n = i.int64Value {
                if n >= 0 {
                    if x.type.isUntyped { convertUntyped(&x, to: .int) }
                    return n
                }
            }
        }
        error(e.pos, x.type.basicKind?.isNumeric == true || x.type.isUntyped ? "invalid array length \(describe(x))" : "array length \(describe(x)) must be integer")
        return nil
    }

    /// A function signature. With declareParams, parameter and result names are declared in
    /// `scope` (the function's outermost scope).
    func signature(_ ft: FuncTypeExpr, scope: Scope, declareParams: Bool) -> GoType {
        if !ft.typeParams.isEmpty {
            let names = ft.typeParams.flatMap(\.names)
            let params = names.enumerated().map { table.newTypeParameter($1.name, index: $0) }
            declareTypeParams(ft.typeParams, params, scope)
        }
        var params: [GoType] = []
        var variadic = false
        for (i, f) in ft.params.enumerated() {
            var te = f.type
            var isDots = false
            if let d = te as? Ellipsis {
                if i != ft.params.count - 1 || f.names.count > 1 {
                    error(d.pos, "can only use ... with final parameter in list")
                }
                isDots = true
                te = d.elem ?? d
            }
            var t = typ(te, scope)
            if isDots { t = table.slice(of: t); variadic = true }
            let n = max(1, f.names.count)
            for k in 0..<n {
                params.append(t)
                if declareParams, k < f.names.count { declareParam(f.names[k], t, scope) }
            }
        }
        var results: [GoType] = []
        for f in ft.results {
            if f.type is Ellipsis { error(f.type.pos, "can only use ... with final parameter in list") }
            let t = typ(f.type, scope)
            let n = max(1, f.names.count)
            for k in 0..<n {
                results.append(t)
                if declareParams, k < f.names.count { declareParam(f.names[k], t, scope) }
            }
        }
        return table.signature(parameters: params, results: results, isVariadic: variadic)
    }

    private func declareParam(_ n: Ident, _ t: GoType, _ scope: Scope) {
        let o = newObject(.variable, n.name, n.pos)
        o.type = t
        o.isParameter = true
        o.used = true
        o.funcDepth = funcDepth + 1
        record(n, o)
        if let other = scope.insert(o) { redeclared(n.name, at: n.pos, other: other) }
    }

    func structType(_ x: StructTypeExpr, _ scope: Scope) -> GoType {
        var fields: [StructField] = []
        var seen: [String: Pos] = [:]
        func add(_ name: String, _ pos: Pos, _ f: StructField) {
            if name != "_", seen[name] != nil {
                error(pos, "\(name) redeclared")
                return
            }
            seen[name] = pos
            fields.append(f)
        }
        for f in x.fields {
            let tag = f.tag.flatMap { ConstantValue.literal($0.value, kind: .string)?.stringValue } ?? ""
            if f.tag != nil && f.tag!.kind != .string { error(f.tag!.pos, "invalid field tag") }
            if f.names.isEmpty {
                // Embedded field: T, *T, pkg.T, T[args].
                let t = typ(f.type, scope)
                var base = unparen(f.type)
                if let s = base as? StarExpr { base = unparen(s.x) }
                if let ix = base as? IndexExpr { base = ix.x }
                let name: String
                if let i = base as? Ident { name = i.name } else if let s = base as? SelectorExpr { name = s.sel.name } else { name = "?" }
                if !t.isInvalid {
                    if let p = t.pointerElement, p.isInterface || p.pointerElement != nil {
                        error(f.type.pos, "embedded field type cannot be a pointer to an interface")
                    } else if t.pointerElement == nil && t.isTypeParameter {
                        error(f.type.pos, "embedded field type cannot be a (pointer to a) type parameter")
                    }
                }
                add(name, f.type.pos, StructField(name: name, type: t, embedded: true, tag: tag, package: pkg))
            } else {
                let t = typ(f.type, scope)
                for n in f.names {
                    add(n.name, n.pos, StructField(name: n.name, type: t, embedded: false, tag: tag, package: pkg))
                }
            }
        }
        return table.structure(fields)
    }

    func interfaceType(_ x: InterfaceTypeExpr, _ scope: Scope) -> GoType {
        var methods: [Method] = []
        var embedded: [GoType] = []
        var unions: [[TypeTerm]] = []
        for f in x.elements {
            if let n = f.names.first, let ft = f.type as? FuncTypeExpr {
                if n.name == "_" { error(n.pos, "methods must have a unique non-blank name"); continue }
                if methods.contains(where: { $0.name == n.name }) { error(n.pos, "duplicate method \(n.name)"); continue }
                let sig = signature(ft, scope: Scope(parent: scope), declareParams: false)
                methods.append(Method(name: n.name, package: pkg, signature: sig))
                continue
            }
            let u = unparen(f.type)
            if u is BinaryExpr || (u as? UnaryExpr)?.op == .tilde {
                unions.append(unionTerms(u, scope))
                continue
            }
            let t = typ(f.type, scope, allowConstraint: true)
            if t.isInvalid { continue }
            ensureResolved(t)
            if let n = t.named, !n.isResolved, n.origin == nil {
                error(f.type.pos, "invalid recursive type: \(typeString(t)) refers to itself")
                continue
            }
            embedded.append(t)
        }
        return table.interface(methods: methods, embedded: embedded, unions: unions)
    }
}
