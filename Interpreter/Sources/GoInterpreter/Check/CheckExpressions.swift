// Expressions: operands, untyped constants, unary and binary operators.

extension Checker {
    /// A single-valued expression (reports types, multi-values and no-value uses).
    func expr(_ e: any Expr, _ scope: Scope, hint: GoType? = nil) -> Operand {
        var x = rawExpr(e, scope, hint: hint)
        singleValue(&x)
        return x
    }

    func singleValue(_ x: inout Operand) {
        // Already reported (callers may check an operand twice, e.g. expr then initType).
        if x.isInvalid { return }
        switch x.mode {
        case .typeExpr:
            error(x.expr.pos, "\(ExprString.string(x.expr)) (type) is not an expression")
            x.mode = .invalid
        case .novalue:
            error(x.expr.pos, "\(ExprString.string(x.expr)) (no value) used as value")
            x.mode = .invalid
        case .builtin:
            error(x.expr.pos, "\(ExprString.string(x.expr)) (built-in) must be called")
            x.mode = .invalid
        default:
            if case .tuple = x.type.kind {
                error(x.expr.pos, "multiple-value \(ExprString.string(x.expr)) (value of type \(typeString(x.type))) in single-value context")
                x.mode = .invalid
            } else if x.typeParams != nil {
                error(x.expr.pos, "cannot use generic function \(ExprString.string(x.expr)) without instantiation")
                x.mode = .invalid
            }
        }
        if x.mode == .commaOK { x.mode = .value }
    }

    /// An expression that may be multi-valued (a call on the right of an assignment).
    func multiExpr(_ e: any Expr, _ scope: Scope) -> Operand {
        var x = rawExpr(e, scope, hint: nil)
        if case .tuple = x.type.kind, x.mode == .value { return x }
        let commaOK = x.mode == .commaOK || x.mode == .mapIndex
        singleValue(&x)
        if commaOK && !x.isInvalid { x.mode = x.mode == .variable ? .mapIndex : .commaOK }
        if x.mode == .mapIndex { x.mode = .commaOK }
        return x
    }

    func markCommaOK(_ e: any Expr) {
        // The compiler sees a comma-ok use from the tuple type recorded here.
        if e.id < info.types.count, let t = info.types[e.id] {
            info.types[e.id] = table.tuple([t, .bool])
            info.modes[e.id] = .commaOK
        }
    }

    /// Any expression, including types and builtins.
    func rawExpr(_ e: any Expr, _ scope: Scope, hint: GoType?) -> Operand {
        var x = exprInternal(e, scope, hint: hint)
        if x.mode != .invalid && x.type.isInvalid && x.mode != .builtin && x.mode != .novalue { x.mode = .invalid }
        record(x)
        return x
    }

    private func exprInternal(_ e: any Expr, _ scope: Scope, hint: GoType?) -> Operand {
        switch e {
        case let x as Ident: return ident(x, scope)
        case let x as BasicLit:
            guard let v = ConstantValue.literal(x.value, kind: x.kind) else {
                return .invalid(e)
            }
            let t: GoType
            switch x.kind {
            case .int: t = .untypedInt
            case .float: t = .untypedFloat
            case .imag: t = .untypedComplex
            case .char: t = .untypedRune
            default: t = .untypedString
            }
            return Operand(mode: .constant, expr: e, type: t, value: v)
        case let x as CompositeLit: return compositeLit(x, scope, hint: hint)
        case let x as FuncLit:
            let fscope = Scope(parent: scope, isFunctionScope: true)
            // Parameters live at the literal's own depth (declareParam adds the one level), so a
            // closure nested in this one sees them as captured.
            let sig = signature(x.type, scope: fscope, declareParams: true)
            let savedResults = funcResults, savedObjs = funcResultObjects, savedBranch = branchContext
            checkFuncBody(x.type, body: x.body, scope: fscope, object: nil, depth: funcDepth + 1)
            funcResults = savedResults; funcResultObjects = savedObjs; branchContext = savedBranch
            return Operand(mode: .value, expr: e, type: sig)
        case let x as ParenExpr:
            var inner = rawExpr(x.x, scope, hint: hint)
            inner.expr = e
            return inner
        case let x as SelectorExpr: return selector(x, scope)
        case let x as IndexExpr: return index(x, scope, hint: hint)
        case let x as SliceExpr: return sliceExpr(x, scope)
        case let x as TypeAssertExpr:
            guard let te = x.type else {
                error(x.pos, "use of .(type) outside type switch")
                _ = expr(x.x, scope)
                return .invalid(e)
            }
            let v = expr(x.x, scope)
            let t = typ(te, scope)
            if v.isInvalid || t.isInvalid { return .invalid(e) }
            guard v.type.isInterface else {
                error(x.x.pos, "invalid operation: \(describe(v)) is not an interface")
                return .invalid(e)
            }
            if !t.isInterface, let why = missingMethod(t, v.type) {
                error(te.pos, "impossible type assertion: \(ExprString.string(x))\n\t\(typeString(t)) does not implement \(typeString(v.type)) \(parenthesized(why))")
            }
            return Operand(mode: .commaOK, expr: e, type: t)
        case let x as CallExpr: return call(x, scope, hint: hint)
        case let x as StarExpr:
            let v = rawExpr(x.x, scope, hint: nil)
            if v.isInvalid { return .invalid(e) }
            if v.mode == .typeExpr { return Operand(mode: .typeExpr, expr: e, type: table.pointer(to: v.type)) }
            var vv = v
            singleValue(&vv)
            if vv.isInvalid { return .invalid(e) }
            if vv.isNil { error(x.pos, "invalid operation: cannot indirect nil"); return .invalid(e) }
            guard let core = coreType(vv.type), case .pointer(let elem) = core.kind else {
                error(x.pos, "invalid operation: cannot indirect \(describe(vv))")
                return .invalid(e)
            }
            return Operand(mode: .variable, expr: e, type: elem)
        case let x as UnaryExpr: return unary(x, scope, hint: hint)
        case let x as BinaryExpr: return binary(x, scope, hint: hint)
        case let x as KeyValueExpr:
            error(x.pos, "unexpected key:value expression")
            return .invalid(e)
        case is ArrayTypeExpr, is MapTypeExpr, is ChanTypeExpr, is FuncTypeExpr, is StructTypeExpr, is InterfaceTypeExpr:
            let t = typ(e, scope)
            return t.isInvalid ? .invalid(e) : Operand(mode: .typeExpr, expr: e, type: t)
        case is BadExpr:
            return .invalid(e)
        default:
            error(e.pos, "unexpected expression \(ExprString.string(e))")
            return .invalid(e)
        }
    }

    func ident(_ x: Ident, _ scope: Scope) -> Operand {
        if x.name == "_" {
            error(x.pos, "cannot use _ as value")
            return .invalid(x)
        }
        guard let o = scope.lookup(x.name) else {
            error(x.pos, "undefined: \(x.name)")
            return .invalid(x)
        }
        o.used = true
        record(x, o)
        switch o.kind {
        case .constant:
            if o.name == "iota" && o.package == nil {
                guard let v = iota else {
                    error(x.pos, "cannot use iota outside constant declaration")
                    return .invalid(x)
                }
                return Operand(mode: .constant, expr: x, type: .untypedInt, value: v)
            }
            resolve(o)
            noteDependency(o)
            if o.type.isInvalid { return .invalid(x) }
            return Operand(mode: .constant, expr: x, type: o.type, value: o.constant)
        case .typeName:
            resolve(o)
            if o.type.isInvalid { return .invalid(x) }
            return Operand(mode: .typeExpr, expr: x, type: o.type)
        case .variable:
            resolve(o)
            noteDependency(o)
            if !o.isPackageLevel && o.funcDepth < funcDepth && o.funcDepth > 0 { o.isCaptured = true }
            if o.type.isInvalid { return .invalid(x) }
            return Operand(mode: .variable, expr: x, type: o.type)
        case .function:
            resolve(o)
            noteDependency(o)
            if o.type.isInvalid { return .invalid(x) }
            var op = Operand(mode: .value, expr: x, type: o.type)
            if let tps = genericParams[ObjectIdentifier(o)] { op.typeParams = tps; op.genericIdent = x }
            return op
        case .builtin:
            var op = Operand(mode: .builtin, expr: x, type: .invalid)
            op.builtin = o.builtin
            return op
        case .nilValue:
            return Operand(mode: .value, expr: x, type: .untypedNil)
        case .packageName:
            error(x.pos, "use of package \(x.name) without selector")
            return .invalid(x)
        case .label:
            error(x.pos, "undefined: \(x.name)")
            return .invalid(x)
        }
    }

    // MARK: untyped values

    /// Gives an untyped operand the type `target` (a typed type or, for two untyped operands,
    /// the larger untyped kind). Returns false when impossible; constants must fit.
    @discardableResult
    func convertUntyped(_ x: inout Operand, to target: GoType) -> Bool {
        guard x.type.isUntyped, !x.isInvalid, !target.isInvalid else { return true }
        if x.isNil {
            guard hasNil(target) || target.isUntyped && target.basicKind == .untypedNil else { return false }
            x.type = target
            updateExprType(x.expr, target)
            return true
        }
        if target.isUntyped {
            // Both untyped: the larger numeric kind wins.
            guard let a = x.type.basicKind, let b = target.basicKind else { return false }
            if a.isNumeric && b.isNumeric {
                if rank(b) > rank(a) { x.type = target; updateExprType(x.expr, target) }
                return true
            }
            return a == b
        }
        if target.isInterface && !target.isTypeParameter {
            let d = defaultType(x.type)
            x.type = d
            updateExprType(x.expr, d)
            return true
        }
        if target.isTypeParameter {
            guard let terms = typeSetTerms(target), !terms.isEmpty else { return false }
            for t in terms {
                var y = x
                if !convertUntyped(&y, to: t.type) { return false }
            }
            x.type = target
            updateExprType(x.expr, target)
            return true
        }
        guard let tk = target.underlying.basicKind, let vk = x.type.basicKind else { return false }
        let compatible: Bool
        if vk.isBoolean { compatible = tk.isBoolean }
        else if vk.isString { compatible = tk.isString }
        else if vk.isNumeric { compatible = tk.isNumeric }
        else { compatible = false }
        guard compatible else { return false }
        if x.mode == .constant {
            guard let v = x.value.rounded(to: tk) else { return false }
            x.value = v
        }
        x.type = target
        updateExprType(x.expr, target)
        return true
    }

    func rank(_ k: BasicKind) -> Int {
        switch k {
        case .untypedInt: return 1
        case .untypedRune: return 2
        case .untypedFloat: return 3
        case .untypedComplex: return 4
        default: return 0
        }
    }

    /// Records the final type of an untyped expression tree.
    func updateExprType(_ e: any Expr, _ t: GoType) {
        guard e.id < info.types.count, let old = info.types[e.id], old.isUntyped else { return }
        info.types[e.id] = t
        if let c = info.constants[e.id], let k = t.underlying.basicKind, let r = c.rounded(to: k) { info.constants[e.id] = r }
        switch e {
        case let p as ParenExpr: updateExprType(p.x, t)
        case let u as UnaryExpr where u.op != .not || t.basicKind?.isBoolean == true: updateExprType(u.x, t)
        case let b as BinaryExpr:
            switch b.op {
            case .eql, .neq, .lss, .leq, .gtr, .geq: break   // operands keep their own types
            case .shl, .shr: updateExprType(b.x, t)
            default: updateExprType(b.x, t); updateExprType(b.y, t)
            }
        default: break
        }
    }

    /// Assignment of x to a variable (or parameter, result, field, element) of type t.
    func assign(_ x: inout Operand, to t: GoType, context: String) {
        if x.isInvalid || t.isInvalid { return }
        singleValue(&x)
        if x.isInvalid { return }
        if x.type.isUntyped && !x.isNil && t.isInterface && !t.isTypeParameter {
            // An untyped constant stored in an interface takes its default type first,
            // which it must fit ("1 << 70 ... as int value ... (overflows)").
            assign(&x, to: defaultType(x.type), context: context)
            if x.isInvalid { return }
        }
        if x.type.isUntyped {
            let before = x
            if !convertUntyped(&x, to: t) {
                if before.mode == .constant, let sk = before.type.basicKind, let tk = t.underlying.basicKind,
                   ConstantValue.representationFailure(from: sk, to: tk) != .mismatch,
                   (sk.isNumeric && tk.isNumeric) {
                    error(before.expr.pos, ConstantDiagnostics.cannotUse(ExprString.string(before.expr), value: before.value, type: before.type, as: t, context: context, formatter: fmt))
                } else {
                    error(before.expr.pos, "cannot use \(describe(before)) as \(typeString(t)) value in \(context)")
                }
                x.mode = .invalid
                return
            }
        }
        if let why = assignableReason(x, to: t) {
            error(x.expr.pos, "cannot use \(describe(x)) as \(typeString(t)) value in \(context)" + (why.isEmpty ? "" : ": " + why))
            x.mode = .invalid
        }
    }

    /// Like assign, for a component of a multi-value (the operand text is the whole call).
    func assignQuiet(_ x: inout Operand, to t: GoType, context: String) {
        if let why = assignableReason(x, to: t) {
            error(x.expr.pos, "cannot use \(describe(x)) as \(typeString(t)) value in \(context)" + (why.isEmpty ? "" : ": " + why))
            x.mode = .invalid
        }
    }

    /// The type a new variable gets from its initializer (`x := v`, `var x = v`).
    func initType(_ x: inout Operand, context: String) -> GoType {
        singleValue(&x)
        if x.isInvalid { return .invalid }
        if x.isNil {
            error(x.expr.pos, "use of untyped nil in \(context)")
            return .invalid
        }
        if x.type.isUntyped {
            let target = defaultType(x.type)
            assign(&x, to: target, context: context)
            if x.isInvalid { return .invalid }
        }
        return x.type
    }

    // MARK: operators

    func unary(_ e: UnaryExpr, _ scope: Scope, hint: GoType?) -> Operand {
        if e.op == .and {
            let inner = unparen(e.x)
            var x: Operand
            if inner is CompositeLit {
                let ph = hint.flatMap { coreType($0)?.pointerElement }
                x = expr(e.x, scope, hint: ph)
            } else {
                x = expr(e.x, scope)
            }
            if x.isInvalid { return .invalid(e) }
            if x.mode != .variable && !(inner is CompositeLit) {
                error(e.pos, "invalid operation: cannot take address of \(describe(x))")
                return .invalid(e)
            }
            return Operand(mode: .value, expr: e, type: table.pointer(to: x.type))
        }
        if e.op == .arrow {
            let x = expr(e.x, scope)
            if x.isInvalid { return .invalid(e) }
            guard let core = coreType(x.type), case .chan(let elem, let dir) = core.kind else {
                error(e.pos, "invalid operation: cannot receive from non-channel \(describe(x))")
                return .invalid(e)
            }
            if dir == .send {
                error(e.pos, "invalid operation: cannot receive from send-only channel \(describe(x))")
                return .invalid(e)
            }
            return Operand(mode: .commaOK, expr: e, type: elem)
        }
        if e.op == .tilde {
            error(e.pos, "cannot use ~ outside of interface or type constraint")
            _ = expr(e.x, scope)
            return .invalid(e)
        }
        var x = expr(e.x, scope)
        if x.isInvalid { return .invalid(e) }
        let ok: Bool
        switch e.op {
        case .add, .sub: ok = allTypes(x.type) { $0.underlying.basicKind?.isNumeric ?? false }
        case .not: ok = allTypes(x.type) { $0.underlying.basicKind?.isBoolean ?? false }
        case .xor: ok = allTypes(x.type) { $0.underlying.basicKind?.isInteger ?? false }
        default: ok = false
        }
        if !ok {
            error(e.pos, "invalid operation: operator \(e.op.text) not defined on \(describe(x))")
            return .invalid(e)
        }
        if x.mode == .constant {
            let k = x.type.underlying.basicKind
            let bits = (k?.isUnsigned ?? false) ? k!.integerBits : 0
            guard let v = try? ConstantValue.unary(e.op, x.value, unsignedBits: bits) else { return .invalid(e) }
            var r = Operand(mode: .constant, expr: e, type: x.type, value: v)
            if !checkConstantRange(&r) { return .invalid(e) }
            return r
        }
        x.expr = e
        x.mode = .value
        return x
    }

    /// For typed constants: the value must fit (rounding floats); reports gc's overflow message.
    func checkConstantRange(_ x: inout Operand, op: Token? = nil) -> Bool {
        if x.type.isUntyped {
            if let msg = ConstantDiagnostics.untypedOverflow(x.value, operator: op) {
                error(x.expr.pos, msg)
                return false
            }
            return true
        }
        guard let k = x.type.underlying.basicKind else { return true }
        if let r = x.value.rounded(to: k) { x.value = r; return true }
        error(x.expr.pos, ConstantDiagnostics.typedOverflow(ExprString.string(x.expr), value: x.value, type: x.type, formatter: fmt))
        return false
    }

    func isComparison(_ op: Token) -> Bool {
        switch op { case .eql, .neq, .lss, .leq, .gtr, .geq: return true; default: return false }
    }

    /// Brings two operands to a common type for a binary operation.
    func matchTypes(_ x: inout Operand, _ y: inout Operand) -> Bool {
        if x.type.isUntyped && !y.type.isUntyped { return convertUntyped(&x, to: y.type) }
        if y.type.isUntyped && !x.type.isUntyped { return convertUntyped(&y, to: x.type) }
        if x.type.isUntyped && y.type.isUntyped {
            if x.isNil || y.isNil { return x.isNil && y.isNil }
            let a = x.type.basicKind!, b = y.type.basicKind!
            if a.isNumeric && b.isNumeric {
                if rank(a) < rank(b) { return convertUntyped(&x, to: y.type) }
                return convertUntyped(&y, to: x.type)
            }
            return a == b || (a.isBoolean && b.isBoolean) || (a.isString && b.isString)
        }
        return true
    }

    func binary(_ e: BinaryExpr, _ scope: Scope, hint: GoType?) -> Operand {
        if e.op == .shl || e.op == .shr { return shift(e, scope, hint: hint) }
        let operandHint = isComparison(e.op) ? nil : hint
        var x = expr(e.x, scope, hint: operandHint)
        var y = expr(e.y, scope, hint: x.type.isUntyped || x.isInvalid ? operandHint : x.type)
        if x.isInvalid || y.isInvalid { return .invalid(e) }
        if isComparison(e.op) { return comparison(e, &x, &y) }
        let bothUntyped = x.type.isUntyped && y.type.isUntyped
        if !matchTypes(&x, &y) || (!bothUntyped && x.type != y.type) {
            if x.type.isUntyped || y.type.isUntyped, x.mode == .constant || y.mode == .constant {
                // An untyped constant that does not fit the other operand's type.
                let (c, other) = x.type.isUntyped ? (x, y) : (y, x)
                if let ck = c.type.basicKind, let ok = other.type.underlying.basicKind, ck.isNumeric && ok.isNumeric, c.mode == .constant {
                    let failure = ConstantValue.representationFailure(from: ck, to: ok)
                    if failure == .truncated {
                        error(c.expr.pos, "\(describe(c)) truncated to \(typeString(other.type))")
                    } else {
                        error(c.expr.pos, "cannot use \(describe(c)) as \(typeString(other.type)) value in \(ck.isNumeric ? "expression" : "expression") (overflows)")
                    }
                    return .invalid(e)
                }
            }
            error(x.expr.pos, "invalid operation: \(ExprString.string(e)) (mismatched types \(typeString(x.type)) and \(typeString(y.type)))")
            return .invalid(e)
        }
        let t = x.type
        let defined: Bool
        switch e.op {
        case .add: defined = allTypes(t) { $0.underlying.basicKind.map { $0.isNumeric || $0.isString } ?? false }
        case .sub, .mul, .quo: defined = allTypes(t) { $0.underlying.basicKind?.isNumeric ?? false }
        case .rem, .and, .or, .xor, .andNot: defined = allTypes(t) { $0.underlying.basicKind?.isInteger ?? false }
        case .land, .lor: defined = allTypes(t) { $0.underlying.basicKind?.isBoolean ?? false }
        default: defined = false
        }
        if !defined {
            error(x.expr.pos, "invalid operation: operator \(e.op.text) not defined on \(describe(x))")
            return .invalid(e)
        }
        let isIntegerType = t.underlying.basicKind?.isInteger ?? false
        if (e.op == .quo || e.op == .rem) && y.mode == .constant && y.value.signum == 0 && (x.mode == .constant || isIntegerType) {
            error(y.expr.pos, ConstantDiagnostics.divisionByZero)
            return .invalid(e)
        }
        if x.mode == .constant && y.mode == .constant {
            do {
                let v = try ConstantValue.binary(x.value, e.op, y.value, integerDivision: isIntegerType)
                var r = Operand(mode: .constant, expr: e, type: t, value: v)
                if !checkConstantRange(&r, op: e.op) { return .invalid(e) }
                return r
            } catch .divisionByZero {
                error(y.expr.pos, ConstantDiagnostics.divisionByZero)
                return .invalid(e)
            } catch {
                return .invalid(e)
            }
        }
        return Operand(mode: .value, expr: e, type: t)
    }

    func comparison(_ e: BinaryExpr, _ x: inout Operand, _ y: inout Operand) -> Operand {
        let op = e.op
        let xNil = x.isNil, yNil = y.isNil
        var ok = matchTypes(&x, &y)
        if ok {
            ok = assignableReason(x, to: y.type) == nil || assignableReason(y, to: x.type) == nil
        }
        if !ok {
            error(x.expr.pos, "invalid operation: \(ExprString.string(e)) (mismatched types \(typeString(x.type)) and \(typeString(y.type)))")
            return .invalid(e)
        }
        if op == .eql || op == .neq {
            if xNil || yNil {
                let other = xNil ? y : x
                if !(xNil && yNil) && !hasNil(other.type) {
                    error(x.expr.pos, "invalid operation: \(ExprString.string(e)) (mismatched types \(typeString(x.type)) and \(typeString(y.type)))")
                    return .invalid(e)
                }
            } else {
                for v in [x, y] where !isComparable(v.type) {
                    let what: String
                    switch v.type.underlying.kind {
                    case .slice: what = "slice can only be compared to nil"
                    case .map: what = "map can only be compared to nil"
                    case .signature: what = "func can only be compared to nil"
                    case .structure: what = "struct containing \(incomparableField(v.type)) cannot be compared"
                    default: what = "operator \(op.text) not defined on \(describe(v))"
                    }
                    error(x.expr.pos, "invalid operation: \(ExprString.string(e)) (\(what))")
                    return .invalid(e)
                }
            }
        } else {
            for v in [x, y] where !allTypes(v.type, { $0.underlying.basicKind?.isOrdered ?? false }) {
                error(x.expr.pos, "invalid operation: \(ExprString.string(e)) (operator \(op.text) not defined on \(describe(v)))")
                return .invalid(e)
            }
        }
        if x.mode == .constant && y.mode == .constant {
            if let b = try? ConstantValue.compare(x.value, op, y.value) {
                return Operand(mode: .constant, expr: e, type: .untypedBool, value: .bool(b))
            }
        }
        // Untyped operands of a non-constant comparison take their default types.
        if x.type.isUntyped && !x.isNil { convertUntyped(&x, to: defaultType(x.type)) }
        if y.type.isUntyped && !y.isNil { convertUntyped(&y, to: defaultType(y.type)) }
        return Operand(mode: .value, expr: e, type: .untypedBool)
    }

    private func incomparableField(_ t: GoType) -> String {
        guard let s = t.structure else { return typeString(t) }
        for f in s.fields where !isComparable(f.type) {
            if f.type.structure != nil && !(f.type.hasName) { return incomparableField(f.type) }
            return typeString(f.type)
        }
        return typeString(t)
    }

    func shift(_ e: BinaryExpr, _ scope: Scope, hint: GoType?) -> Operand {
        var x = expr(e.x, scope, hint: hint), y = expr(e.y, scope)
        if x.isInvalid || y.isInvalid { return .invalid(e) }
        // The count: an integer, or an untyped constant representable as uint.
        if y.mode == .constant {
            if y.type.isUntyped {
                guard case .int = y.value.toInt() else {
                    error(y.expr.pos, "invalid operation: shift count \(describe(y)) must be integer")
                    return .invalid(e)
                }
            }
            if y.value.signum < 0 {
                error(y.expr.pos, "invalid operation: negative shift count \(describe(y))")
                return .invalid(e)
            }
        }
        if !y.type.isUntyped && !allTypes(y.type, { $0.underlying.basicKind?.isInteger ?? false }) {
            error(y.expr.pos, "invalid operation: shift count \(describe(y)) must be integer")
            return .invalid(e)
        }
        if y.type.isUntyped { convertUntyped(&y, to: .uint) }
        if x.mode == .constant {
            if x.type.isUntyped {
                guard case .int(let i) = x.value.toInt() else {
                    error(x.expr.pos, "invalid operation: shifted operand \(describe(x)) must be integer")
                    return .invalid(e)
                }
                x.value = .int(i)
                if x.type.basicKind != .untypedRune { x.type = .untypedInt }
            }
            if y.mode == .constant {
                guard let n = y.value.int64Value, n <= Int64(ConstantDiagnostics.maxShiftCount) else {
                    error(y.expr.pos, "invalid shift count \(describe(y))")
                    return .invalid(e)
                }
                if !x.type.isUntyped && !(x.type.underlying.basicKind?.isInteger ?? false) {
                    error(x.expr.pos, "invalid operation: shifted operand \(describe(x)) must be integer")
                    return .invalid(e)
                }
                guard let v = try? ConstantValue.shift(x.value, e.op, Int(n)) else { return .invalid(e) }
                var r = Operand(mode: .constant, expr: e, type: x.type, value: v)
                if !checkConstantRange(&r, op: e.op) { return .invalid(e) }
                return r
            }
            // A non-constant shift of an untyped constant: the constant takes the type
            // it would have without the shift (the hint), or int.
            if x.type.isUntyped {
                let target = hint.flatMap { ($0.underlying.basicKind?.isInteger ?? false) ? $0 : nil } ?? .int
                if !convertUntyped(&x, to: target) {
                    error(x.expr.pos, "invalid operation: shifted operand \(describe(x)) must be integer")
                    return .invalid(e)
                }
            }
        }
        if !allTypes(x.type, { $0.underlying.basicKind?.isInteger ?? false }) {
            error(x.expr.pos, "invalid operation: shifted operand \(describe(x)) must be integer")
            return .invalid(e)
        }
        return Operand(mode: .value, expr: e, type: x.type)
    }
}
