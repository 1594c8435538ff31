// An operand during checking: an expression with its mode, type and constant value.

struct Operand {
    var mode: OperandMode
    var expr: any Expr
    var type: GoType
    var value: ConstantValue = .unknown
    var builtin: Builtin? = nil
    /// For an uninstantiated generic function: its type parameters.
    var typeParams: [GoType]? = nil
    /// The identifier naming a generic function (to record inferred type arguments on).
    var genericIdent: Ident? = nil

    static func invalid(_ e: any Expr) -> Operand { Operand(mode: .invalid, expr: e, type: .invalid) }

    var isInvalid: Bool { mode == .invalid }
    var isNil: Bool { type.id == GoType.untypedNil.id }

    /// types2's operand description: `x (variable of type int)`, `1 (untyped int constant)`,
    /// `c (constant 3 of type T)`, `nil`.
    func describe(_ fmt: TypeFormatter) -> String {
        if isNil && mode != .invalid { return "nil" }
        let e = ExprString.string(expr)
        var s = e + " ("
        var hasType = false
        switch mode {
        case .invalid, .novalue, .builtin, .typeExpr: break
        default:
            if type.isUntyped, case .basic(let k) = type.kind {
                s += k.name + " "
            } else {
                hasType = true
            }
        }
        switch mode {
        case .invalid: s += "invalid operand"
        case .novalue: s += "no value"
        case .builtin: s += "built-in"
        case .typeExpr: s += "type"
        case .constant:
            s += "constant"
            let v = value.description
            if v != e { s += " " + v }
        case .variable: s += "variable"
        case .mapIndex: s += "map index expression"
        case .value: s += "value"
        case .commaOK: s += "comma, ok expression"
        }
        if hasType {
            if type.isInvalid { s += " with invalid type" } else {
                s += " of type " + fmt.string(type)
                if let tp = type.typeParameter { s += " constrained by " + fmt.string(tp.constraint) }
            }
        }
        return s + ")"
    }
}

/// Expressions as types2 prints them in messages: composite literal and function bodies
/// abbreviated with `…`.
enum ExprString {
    static func string(_ e: any Expr) -> String {
        switch e {
        case let x as CompositeLit:
            return (x.type.map { string($0) } ?? "") + (x.elements.isEmpty ? "{}" : "{…}")
        case let x as FuncLit:
            return "func" + GoPrinter.string(of: x.type).dropFirst(4) + " {…}"
        case let x as ParenExpr: return "(" + string(x.x) + ")"
        case let x as SelectorExpr: return string(x.x) + "." + x.sel.name
        case let x as IndexExpr: return string(x.x) + "[" + x.indices.map(string).joined(separator: ", ") + "]"
        case let x as SliceExpr:
            var s = string(x.x) + "["
            if let l = x.low { s += string(l) }
            s += ":"
            if let h = x.high { s += string(h) }
            if x.slice3 { s += ":"; if let m = x.max { s += string(m) } }
            return s + "]"
        case let x as TypeAssertExpr: return string(x.x) + ".(" + (x.type.map(string) ?? "type") + ")"
        case let x as CallExpr:
            return string(x.fun) + "(" + x.args.map(string).joined(separator: ", ") + (x.hasEllipsis ? "..." : "") + ")"
        case let x as StarExpr: return "*" + string(x.x)
        case let x as UnaryExpr: return x.op.text + string(x.x)
        case let x as BinaryExpr: return string(x.x) + " " + x.op.text + " " + string(x.y)
        case let x as KeyValueExpr: return string(x.key) + ": " + string(x.value)
        default: return GoPrinter.string(of: e)
        }
    }
}
