// Calls, conversions, builtins, and generic function instantiation and inference.

extension Checker {
    func call(_ e: CallExpr, _ scope: Scope, hint: GoType?) -> Operand {
        var f = rawExpr(e.fun, scope, hint: nil)
        switch f.mode {
        case .invalid:
            for a in e.args { _ = rawExpr(a, scope, hint: nil) }
            return .invalid(e)
        case .typeExpr:
            return conversion(e, to: f.type, scope)
        case .builtin:
            return builtinCall(e, f.builtin!, scope, hint: hint)
        default: break
        }
        if case .tuple = f.type.kind { singleValue(&f); return .invalid(e) }
        guard let core = coreType(f.type), case .signature(var sig) = core.kind else {
            error(e.pos, "invalid operation: cannot call non-function \(describe(f))")
            for a in e.args { _ = rawExpr(a, scope, hint: nil) }
            return .invalid(e)
        }
        // Arguments: f(g()) spreads a multi-valued g.
        var args: [Operand] = []
        if e.args.count == 1 && !e.hasEllipsis {
            let a = multiExpr(e.args[0], scope)
            if case .tuple(let ts) = a.type.kind, !a.isInvalid {
                args = ts.map { Operand(mode: .value, expr: a.expr, type: $0) }
            } else {
                var a1 = a
                if a1.mode == .commaOK { a1.mode = .value }
                args = [a1]
            }
        } else {
            for (i, a) in e.args.enumerated() {
                let h = i < sig.parameters.count ? sig.parameters[i] : nil
                args.append(expr(a, scope, hint: h.flatMap { $0.typeParameter == nil ? $0 : nil }))
            }
        }
        if args.contains(where: \.isInvalid) { return resultOperand(e, sig) }

        // Generic functions: infer the missing type arguments from the arguments.
        if let tparams = f.typeParams {
            var bindings: [GoType: GoType] = [:]
            if let explicit = f.genericIdent.flatMap({ _ in explicitTypeArgs[e.fun.id] }) {
                for (p, a) in zip(tparams, explicit) { bindings[p] = a }
            }
            let params = expandedParams(sig, count: args.count, hasEllipsis: e.hasEllipsis)
            for (p, a) in zip(params, args) where !a.type.isUntyped { unify(p, a.type, &bindings) }
            inferFromConstraints(tparams, &bindings)
            // Untyped arguments: the default type of the largest kind among them.
            var untypedKinds: [GoType: BasicKind] = [:]
            for (p, a) in zip(params, args) where a.type.isUntyped && !a.isNil {
                guard p.typeParameter != nil, bindings[p] == nil, tparams.contains(p), let k = a.type.basicKind else { continue }
                if let prev = untypedKinds[p], rank(prev) >= rank(k) { continue }
                untypedKinds[p] = k
            }
            for (p, k) in untypedKinds { bindings[p] = defaultType(.basic(k)) }
            inferFromConstraints(tparams, &bindings)
            for p in tparams where bindings[p] == nil {
                error(e.rparen, "in call to \(ExprString.string(e.fun)), cannot infer \(p.typeParameter?.name ?? "T")")
                return .invalid(e)
            }
            let targs = tparams.map { bindings[$0]! }
            if let msg = verifyConstraints(tparams, targs) {
                error(e.args.first?.pos ?? e.pos, msg)
                return .invalid(e)
            }
            let substitution = Dictionary(uniqueKeysWithValues: zip(tparams, targs))
            // An argument that disagrees with what inference settled on.
            for (p, a) in zip(params, args) where !a.type.isUntyped && containsUnbound(p, tparams, [:]) {
                let inferred = table.substitute(p, substitution)
                if assignableReason(a, to: inferred) != nil {
                    // types2 prints a function literal's type with its parameter names.
                    let argType = (unparen(a.expr) as? FuncLit).map { GoPrinter.string(of: $0.type) } ?? typeString(a.type)
                    error(a.expr.pos, "in call to \(ExprString.string(e.fun)), type \(argType) of \(ExprString.string(a.expr)) does not match inferred type \(typeString(inferred)) for \(typeString(p))")
                    return .invalid(e)
                }
            }
            let inst = table.substitute(f.type, substitution)
            sig = inst.signature!
            if let id = f.genericIdent?.id ?? Optional(e.fun.id), id < info.typeArguments.count { info.typeArguments[id] = targs }
            info.types[e.fun.id] = inst
        }

        let context = "argument to \(ExprString.string(e.fun))"
        let nparams = sig.parameters.count
        if e.hasEllipsis {
            if !sig.isVariadic {
                error(e.ellipsis, "have (...) but function is not variadic: \(ExprString.string(e.fun))")
                return resultOperand(e, sig)
            }
            if args.count != nparams {
                argCountError(e, args, sig)
                return resultOperand(e, sig)
            }
            for i in 0..<args.count { assign(&args[i], to: sig.parameters[i], context: context) }
            return resultOperand(e, sig)
        }
        if sig.isVariadic {
            if args.count < nparams - 1 { argCountError(e, args, sig); return resultOperand(e, sig) }
            let elem = sig.parameters[nparams - 1].elementType ?? .invalid
            for i in 0..<args.count {
                assign(&args[i], to: i < nparams - 1 ? sig.parameters[i] : elem, context: context)
            }
        } else {
            if args.count != nparams { argCountError(e, args, sig); return resultOperand(e, sig) }
            for i in 0..<args.count { assign(&args[i], to: sig.parameters[i], context: context) }
        }
        return resultOperand(e, sig)
    }

    private func expandedParams(_ sig: Signature, count: Int, hasEllipsis: Bool) -> [GoType] {
        guard sig.isVariadic, !hasEllipsis else { return sig.parameters }
        var ps = Array(sig.parameters.dropLast())
        let elem = sig.parameters.last?.elementType ?? .invalid
        while ps.count < count { ps.append(elem) }
        return ps
    }

    private func resultOperand(_ e: CallExpr, _ sig: Signature) -> Operand {
        switch sig.results.count {
        case 0: return Operand(mode: .novalue, expr: e, type: table.tuple([]))
        case 1: return Operand(mode: .value, expr: e, type: sig.results[0])
        default: return Operand(mode: .value, expr: e, type: table.tuple(sig.results))
        }
    }

    private func argCountError(_ e: CallExpr, _ args: [Operand], _ sig: Signature) {
        let few = args.count < sig.parameters.count - (sig.isVariadic ? 1 : 0)
        let have = typesSummary(args.map(\.type))
        var want = signatureText(table.signature(parameters: sig.parameters, results: [], isVariadic: sig.isVariadic))
        if want.hasPrefix(" ") { want.removeFirst() }
        let at = few ? e.rparen : (e.args.count > sig.parameters.count ? e.args[sig.parameters.count].pos : e.rparen)
        error(at, "\(few ? "not enough" : "too many") arguments in call to \(ExprString.string(e.fun))\n\thave \(have)\n\twant \(want)")
    }

    /// types2's "have" lists: untyped numbers print as "number", other untyped kinds bare.
    func typesSummary(_ ts: [GoType]) -> String {
        "(" + ts.map { t -> String in
            if t.isInvalid { return "unknown type" }
            if t.isUntyped, let k = t.basicKind {
                if k.isNumeric { return "number" }
                return k.name.replacingOccurrences(of: "untyped ", with: "")
            }
            return typeString(t)
        }.joined(separator: ", ") + ")"
    }

    /// Constraint type inference: a parameter whose constraint has a core type (`S ~[]E`)
    /// binds the parameters inside that core type from the argument's underlying type.
    func inferFromConstraints(_ tparams: [GoType], _ b: inout [GoType: GoType]) {
        var changed = true
        var rounds = 0
        while changed && rounds < 8 {
            changed = false
            rounds += 1
            for p in tparams {
                guard let tp = p.typeParameter, let terms = tp.constraintInterface.terms, terms.count == 1 else { continue }
                let core = terms[0].type
                let before = b.count
                if let bound = b[p] {
                    // A type parameter of the caller stands for its core type here.
                    let target = bound.isTypeParameter ? (coreType(bound) ?? bound) : (terms[0].tilde ? bound.underlying : bound)
                    unify(core, target, &b)
                } else if !containsUnbound(core, tparams, b) {
                    // All parameters of the core type are known: the parameter is that type.
                    b[p] = table.substitute(core, b)
                }
                if b.count != before { changed = true }
            }
        }
    }

    private func containsUnbound(_ t: GoType, _ tparams: [GoType], _ b: [GoType: GoType]) -> Bool {
        if t.isTypeParameter { return tparams.contains(t) && b[t] == nil }
        switch t.kind {
        case .pointer(let e), .slice(let e), .array(let e, _), .chan(let e, _): return containsUnbound(e, tparams, b)
        case .map(let k, let v): return containsUnbound(k, tparams, b) || containsUnbound(v, tparams, b)
        case .signature(let s): return (s.parameters + s.results).contains { containsUnbound($0, tparams, b) }
        case .named(let n): return n.typeArguments.contains { containsUnbound($0, tparams, b) }
        default: return false
        }
    }

    /// Structural unification binding type parameters of `p` against `a`.
    func unify(_ p: GoType, _ a: GoType, _ b: inout [GoType: GoType]) {
        if p.isTypeParameter {
            if b[p] == nil { b[p] = a }
            return
        }
        switch (p.kind, a.kind) {
        case (.pointer(let x), .pointer(let y)), (.slice(let x), .slice(let y)): unify(x, y, &b)
        case (.array(let x, _), .array(let y, _)): unify(x, y, &b)
        case (.chan(let x, _), .chan(let y, _)): unify(x, y, &b)
        case (.map(let k1, let v1), .map(let k2, let v2)): unify(k1, k2, &b); unify(v1, v2, &b)
        case (.signature(let s1), .signature(let s2)):
            for (x, y) in zip(s1.parameters, s2.parameters) { unify(x, y, &b) }
            for (x, y) in zip(s1.results, s2.results) { unify(x, y, &b) }
        case (.named(let n1), .named(let n2)) where n1.origin != nil && n1.origin == n2.origin:
            for (x, y) in zip(n1.typeArguments, n2.typeArguments) { unify(x, y, &b) }
        case (.named, _), (.typeParameter, _): break
        default:
            // A named argument against a type literal: unify with its underlying type.
            if a.named != nil { unify(p, a.underlying, &b) }
        }
    }

    // MARK: conversions

    func conversion(_ e: CallExpr, to t: GoType, _ scope: Scope) -> Operand {
        guard e.args.count == 1, !e.hasEllipsis else {
            if e.args.isEmpty { error(e.rparen, "missing argument in conversion to \(typeString(t))") }
            else { error(e.args[e.args.count - 1].pos, "too many arguments in conversion to \(typeString(t))") }
            for a in e.args { _ = expr(a, scope) }
            return .invalid(e)
        }
        var x = expr(e.args[0], scope, hint: t)
        if x.isInvalid { return .invalid(e) }
        if x.mode == .constant, let tk = t.underlying.basicKind, !t.isTypeParameter, tk.isConstantKind, let vk = x.type.underlying.basicKind {
            if let v = x.value.converted(to: tk, from: vk) {
                if x.type.isUntyped { convertUntyped(&x, to: defaultType(x.type)) }
                return Operand(mode: .constant, expr: e, type: t, value: v)
            }
            if convertible(x, to: t) || (vk.isNumeric && tk.isNumeric) {
                error(x.expr.pos, ConstantDiagnostics.cannotConvert(ExprString.string(x.expr), value: x.value, type: x.type, to: t, formatter: fmt))
                return .invalid(e)
            }
        }
        if x.type.isUntyped && !x.isNil {
            var y = x
            if !convertUntyped(&y, to: t) { convertUntyped(&y, to: defaultType(x.type)) }
            x = y
        } else if x.isNil {
            if !hasNil(t) {
                error(x.expr.pos, "cannot convert nil to type \(typeString(t))")
                return .invalid(e)
            }
            x.type = t
            updateExprType(x.expr, t)
        }
        if !convertible(x, to: t) {
            error(x.expr.pos, "cannot convert \(describe(x)) to type \(typeString(t))")
            return .invalid(e)
        }
        return Operand(mode: .value, expr: e, type: t)
    }

    // MARK: builtins

    func builtinCall(_ e: CallExpr, _ b: Builtin, _ scope: Scope, hint: GoType?) -> Operand {
        let name = b.rawValue
        func argCount(_ min: Int, _ max: Int?) -> Bool {
            if e.args.count < min {
                error(e.rparen, "not enough arguments for \(ExprString.string(e)) (expected \(min), found \(e.args.count))")
                return false
            }
            if let max, e.args.count > max {
                error(e.args[max].pos, "too many arguments for \(ExprString.string(e)) (expected \(max), found \(e.args.count))")
                return false
            }
            return true
        }
        if e.hasEllipsis && b != .append {
            error(e.pos, "invalid operation: invalid use of ... with built-in \(name)")
            return .invalid(e)
        }
        switch b {
        case .len, .cap:
            guard argCount(1, 1) else { return .invalid(e) }
            var x = expr(e.args[0], scope)
            if x.isInvalid { return .invalid(e) }
            if x.type.isUntyped && x.type.basicKind == .untypedString { convertUntyped(&x, to: .string) }
            var constant: ConstantValue? = nil
            let ok = allTypes(x.type) { t in
                switch t.underlying.kind {
                case .basic(let k): return k.isString && b == .len
                case .array, .slice, .chan: return true
                case .map: return b == .len
                case .pointer(let p): if case .array = p.underlying.kind { return true }; return false
                default: return false
                }
            }
            if !ok {
                error(x.expr.pos, "invalid argument: \(describe(x)) for built-in \(name)")
                return .invalid(e)
            }
            if x.mode == .constant, let s = x.value.stringBytes { constant = .integer(Int64(s.count)) }
            var arrayType = x.type.underlying
            if let p = arrayType.pointerElement { arrayType = p.underlying }
            if case .array(_, let n) = arrayType.kind, !containsCallOrReceive(e.args[0]) { constant = .integer(n) }
            if let c = constant { return Operand(mode: .constant, expr: e, type: .int, value: c) }
            return Operand(mode: .value, expr: e, type: .int)
        case .append:
            guard argCount(1, nil) else { return .invalid(e) }
            var s = expr(e.args[0], scope, hint: hint)
            if s.isInvalid { for a in e.args.dropFirst() { _ = expr(a, scope) }; return .invalid(e) }
            if s.isNil, let h = hint, case .slice = h.underlying.kind { s.type = h; updateExprType(s.expr, h) }
            guard let core = coreType(s.type), case .slice(let elem) = core.kind else {
                error(s.expr.pos, "invalid argument: \(describe(s)) is not a slice")
                for a in e.args.dropFirst() { _ = expr(a, scope) }
                return .invalid(e)
            }
            if e.hasEllipsis {
                guard e.args.count == 2 else {
                    error(e.pos, "can only use ... with final argument in list")
                    return .invalid(e)
                }
                var y = expr(e.args[1], scope)
                if y.isInvalid { return .invalid(e) }
                // append([]byte, string...) is allowed.
                if elem.underlying.basicKind == .uint8, allTypes(y.type, { $0.underlying.basicKind?.isString ?? false }) {
                    if y.type.isUntyped { convertUntyped(&y, to: .string) }
                    return Operand(mode: .value, expr: e, type: s.type)
                }
                assign(&y, to: table.slice(of: elem), context: "argument to append")
                if y.isNil { updateExprType(y.expr, s.type) }
                return Operand(mode: .value, expr: e, type: s.type)
            }
            for a in e.args.dropFirst() {
                var y = expr(a, scope, hint: elem)
                assign(&y, to: elem, context: "argument to append")
            }
            return Operand(mode: .value, expr: e, type: s.type)
        case .make:
            guard argCount(1, 3) else { return .invalid(e) }
            let t = typ(e.args[0], scope)
            if t.isInvalid { return .invalid(e) }
            var minArgs = 1
            switch coreType(t)?.kind {
            case .slice?: minArgs = 2
            case .map?, .chan?: minArgs = 1
            default:
                error(e.args[0].pos, "invalid argument: cannot make \(ExprString.string(e.args[0])); type must be slice, map, or channel")
                return .invalid(e)
            }
            let maxArgs = minArgs == 2 ? 3 : 2
            if e.args.count < minArgs || e.args.count > maxArgs {
                error(e.pos, "invalid operation: \(ExprString.string(e)) expects \(minArgs) or \(maxArgs) arguments; found \(e.args.count)")
                return .invalid(e)
            }
            var sizes: [ConstantValue] = []
            for a in e.args.dropFirst() {
                if let v = sizeArgument(a, scope, what: name) { sizes.append(v) }
            }
            if sizes.count == 2, let l = sizes[0].int64Value, let c = sizes[1].int64Value, l > c {
                error(e.args[1].pos, "invalid argument: length and capacity swapped")
            }
            return Operand(mode: .value, expr: e, type: t)
        case .new:
            guard argCount(1, 1) else { return .invalid(e) }
            let t = typ(e.args[0], scope)
            if t.isInvalid { return .invalid(e) }
            return Operand(mode: .value, expr: e, type: table.pointer(to: t))
        case .delete:
            guard argCount(2, 2) else { return .invalid(e) }
            let m = expr(e.args[0], scope)
            if m.isInvalid { _ = expr(e.args[1], scope); return .invalid(e) }
            guard let core = coreType(m.type), case .map(let k, _) = core.kind else {
                error(m.expr.pos, "invalid argument: \(describe(m)) is not a map")
                return .invalid(e)
            }
            var key = expr(e.args[1], scope, hint: k)
            assign(&key, to: k, context: "argument to delete")
            return Operand(mode: .novalue, expr: e, type: table.tuple([]))
        case .close:
            guard argCount(1, 1) else { return .invalid(e) }
            let c = expr(e.args[0], scope)
            if c.isInvalid { return .invalid(e) }
            guard let core = coreType(c.type), case .chan(_, let dir) = core.kind else {
                error(c.expr.pos, "invalid operation: non-chan argument \(describe(c)) for close")
                return .invalid(e)
            }
            if dir == .receive {
                error(c.expr.pos, "invalid operation: cannot close receive-only channel \(describe(c))")
                return .invalid(e)
            }
            return Operand(mode: .novalue, expr: e, type: table.tuple([]))
        case .copy:
            guard argCount(2, 2) else { return .invalid(e) }
            let d = expr(e.args[0], scope)
            var s = expr(e.args[1], scope)
            if d.isInvalid || s.isInvalid { return .invalid(e) }
            guard let dc = coreType(d.type), case .slice(let de) = dc.kind else {
                error(d.expr.pos, "invalid argument: copy expects slice arguments; found \(describe(d)) and \(describe(s))")
                return .invalid(e)
            }
            if s.type.isUntyped { convertUntyped(&s, to: .string) }
            let srcOK: Bool
            if let sc = coreType(s.type), case .slice(let se) = sc.kind { srcOK = se == de }
            else { srcOK = de.underlying.basicKind == .uint8 && (s.type.underlying.basicKind?.isString ?? false) }
            if !srcOK {
                error(e.pos, "invalid argument: arguments to copy \(describe(d)) and \(describe(s)) have different element types")
                return .invalid(e)
            }
            return Operand(mode: .value, expr: e, type: .int)
        case .panic:
            guard argCount(1, 1) else { return .invalid(e) }
            var x = expr(e.args[0], scope)
            assign(&x, to: .any, context: "argument to panic")
            return Operand(mode: .novalue, expr: e, type: table.tuple([]))
        case .print, .println:
            for a in e.args {
                var x = expr(a, scope)
                if x.isNil { error(a.pos, "use of untyped nil in argument to built-in \(name)"); continue }
                if x.type.isUntyped { convertUntyped(&x, to: defaultType(x.type)) }
            }
            return Operand(mode: .novalue, expr: e, type: table.tuple([]))
        case .recover:
            guard argCount(0, 0) else { return .invalid(e) }
            return Operand(mode: .value, expr: e, type: .any)
        case .clear:
            guard argCount(1, 1) else { return .invalid(e) }
            let x = expr(e.args[0], scope)
            if x.isInvalid { return .invalid(e) }
            let ok = allTypes(x.type) { t in
                switch t.underlying.kind { case .map, .slice: return true; default: return false }
            }
            if !ok {
                error(x.expr.pos, "invalid argument: \(describe(x)) must be a map or slice")
                return .invalid(e)
            }
            return Operand(mode: .novalue, expr: e, type: table.tuple([]))
        case .min, .max:
            guard argCount(1, nil) else { return .invalid(e) }
            var ops = e.args.map { expr($0, scope) }
            if ops.contains(where: \.isInvalid) { return .invalid(e) }
            var acc = ops[0]
            for i in 1..<max(1, ops.count) where ops.count > 1 {
                if !matchTypes(&acc, &ops[i]) || (!acc.type.isUntyped && !ops[i].type.isUntyped && acc.type != ops[i].type) {
                    error(ops[i].expr.pos, "invalid argument: mismatched types \(typeString(acc.type)) (previous argument) and \(typeString(ops[i].type)) (type of \(ExprString.string(ops[i].expr)))")
                    return .invalid(e)
                }
                if acc.mode == .constant && ops[i].mode == .constant,
                   let less = try? ConstantValue.compare(ops[i].value, .lss, acc.value) {
                    if (b == .min) == less { acc.value = ops[i].value }
                    if ops[i].type.isUntyped && acc.type.isUntyped, let k1 = acc.type.basicKind, let k2 = ops[i].type.basicKind, rank(k2) > rank(k1) { acc.type = ops[i].type }
                } else {
                    acc.mode = .value
                    if acc.type.isUntyped { acc.type = ops[i].type }
                }
            }
            if !allTypes(acc.type, { $0.underlying.basicKind?.isOrdered ?? false }) {
                error(acc.expr.pos, "invalid argument: \(describe(ops[0])) cannot be ordered")
                return .invalid(e)
            }
            return Operand(mode: acc.mode == .constant ? .constant : .value, expr: e, type: acc.type, value: acc.value)
        case .complex:
            guard argCount(2, 2) else { return .invalid(e) }
            var x = expr(e.args[0], scope), y = expr(e.args[1], scope)
            if x.isInvalid || y.isInvalid { return .invalid(e) }
            if !matchTypes(&x, &y) || x.type != y.type {
                error(e.pos, "invalid operation: \(ExprString.string(e)) (mismatched types \(typeString(x.type)) and \(typeString(y.type)))")
                return .invalid(e)
            }
            let k = x.type.underlying.basicKind
            let t: GoType
            switch k {
            case .float32?: t = .complex64
            case .float64?: t = .complex128
            case .untypedFloat?, .untypedInt?, .untypedRune?: t = .untypedComplex
            default:
                error(x.expr.pos, "invalid argument: arguments have type \(typeString(x.type)), expected floating-point")
                return .invalid(e)
            }
            if x.mode == .constant && y.mode == .constant {
                return Operand(mode: .constant, expr: e, type: t, value: .complex(x.value, y.value))
            }
            return Operand(mode: .value, expr: e, type: t)
        case .real, .imag:
            guard argCount(1, 1) else { return .invalid(e) }
            let x = expr(e.args[0], scope)
            if x.isInvalid { return .invalid(e) }
            let t: GoType
            switch x.type.underlying.basicKind {
            case .complex64?: t = .float32
            case .complex128?: t = .float64
            case .untypedComplex?, .untypedFloat?, .untypedInt?, .untypedRune?: t = .untypedFloat
            default:
                error(x.expr.pos, "invalid argument: argument has type \(typeString(x.type)), expected complex number")
                return .invalid(e)
            }
            if x.mode == .constant {
                return Operand(mode: .constant, expr: e, type: t, value: b == .real ? x.value.real : x.value.imaginary)
            }
            return Operand(mode: .value, expr: e, type: t)
        }
    }

    private func sizeArgument(_ a: any Expr, _ scope: Scope, what: String) -> ConstantValue? {
        var x = expr(a, scope)
        if x.isInvalid { return nil }
        if x.type.isUntyped {
            guard x.mode == .constant, case .int = x.value.toInt() else {
                error(a.pos, "\(describe(x)) truncated to int")
                return nil
            }
            convertUntyped(&x, to: .int)
        }
        guard allTypes(x.type, { $0.underlying.basicKind?.isInteger ?? false }) else {
            error(a.pos, "cannot convert \(describe(x)) to type int")
            return nil
        }
        if x.mode == .constant {
            if x.value.signum < 0 {
                error(a.pos, "invalid argument: index \(describe(x)) must not be negative")
                return nil
            }
            return x.value
        }
        return nil
    }

    func containsCallOrReceive(_ e: any Expr) -> Bool {
        switch e {
        case is CallExpr: return true
        case let u as UnaryExpr: return u.op == .arrow || containsCallOrReceive(u.x)
        case let p as ParenExpr: return containsCallOrReceive(p.x)
        case let s as SelectorExpr: return containsCallOrReceive(s.x)
        case let i as IndexExpr: return containsCallOrReceive(i.x) || i.indices.contains(where: containsCallOrReceive)
        case let b as BinaryExpr: return containsCallOrReceive(b.x) || containsCallOrReceive(b.y)
        case let s as StarExpr: return containsCallOrReceive(s.x)
        default: return false
        }
    }
}
