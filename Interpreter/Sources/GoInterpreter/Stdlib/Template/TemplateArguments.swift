import GoStdlibCore

// Arguments: literals converted to the parameter's type (Go's evalArg), and values checked
// for assignability with Go's one-step interface, dereference and address adjustments
// (validateType).

extension TemplateExecution {

    func evalArg(_ dot: TemplateValue, _ p: TemplateParameter, _ n: TemplateArg) throws -> TemplateValue {
        at(n.pos, .arg)
        switch n {
        case .dot: return try validateType(dot, p)
        case .nilValue:
            if case .type(let t) = p {
                if t.canBeNil { return TemplateValue(value: .none, type: t) }
                throw error("cannot assign nil to \(t)")
            }
            return .invalid
        case .field(let chain): return try validateType(evalFieldChain(dot, dot, n, chain, [n], nil), p)
        case .variable(let name, let chain, let pos): return try validateType(evalVariable(dot, n, name, chain, pos: pos, [n], nil), p)
        case .pipe(let pipe): return try validateType(evalPipeline(dot, pipe), p)
        case .identifier(let name, let pos): return try validateType(evalFunction(dot, name, pos: pos, node: n, site: (pos, .arg), [n], nil), p)
        case .chain(let base, let chain): return try validateType(evalChain(dot, n, base, chain, nil, nil), p)
        default: break
        }
        guard case .type(let t) = p else { return try literal(n) }
        switch t.underlying.kind {
        case .basic(let k):
            if k.isBoolean { if case .bool(let b, _) = n { return TemplateValue(value: .bool(b), type: t) }; throw error("expected bool; found \(n.description)") }
            if k.isString { if case .string(_, let v, _) = n { return TemplateValue(value: .str(v), type: t) }; throw error("expected string; found \(n.description)") }
            if k.isFloat { if case .number(let num, _) = n, num.isFloat { return TemplateValue(value: .float(num.float), type: t) }; throw error("expected float; found \(n.description)") }
            if k.isUnsigned { if case .number(let num, _) = n, num.isUint { return TemplateValue(value: .int(Int64(bitPattern: num.uint)), type: t) }; throw error("expected unsigned integer; found \(n.description)") }
            if k.isInteger { if case .number(let num, _) = n, num.isInt { return TemplateValue(value: .int(num.int), type: t) }; throw error("expected integer; found \(n.description)") }
        case .interface where t.isEmptyInterface:
            return TemplateTypes.convert(try literal(n), to: t)
        default: break
        }
        throw error("can't handle \(n.description) for arg of type \(t)")
    }

    private func literal(_ n: TemplateArg) throws -> TemplateValue {
        switch n {
        case .bool(let b, _): return .bool(b)
        case .number(let num, _): return try idealConstant(num)
        case .string(_, let v, _): return .string(v)
        default: return .invalid
        }
    }

    func validateType(_ v: TemplateValue, _ p: TemplateParameter) throws -> TemplateValue {
        guard case .type(let t) = p else { return v }
        guard let vt = v.type else {
            if t.canBeNil { return TemplateValue(value: .none, type: t) }
            throw error("invalid value; expected \(t)")
        }
        if TemplateTypes.assignable(vt, t) { return TemplateTypes.convert(v, to: t) }
        if vt.isInterface, !v.value.isNone {
            let inner = v.throughInterface
            if let it = inner.type, TemplateTypes.assignable(it, t) { return TemplateTypes.convert(inner, to: t) }
        }
        if let e = vt.pointerElement, TemplateTypes.assignable(e, t) {
            if v.value.isNone { throw error("dereference of nil pointer of type \(t)") }
            return TemplateTypes.convert(v.indirect().0, to: t)
        }
        if v.addressable && vt.isComposite {
            let pt = registry.table.pointer(to: vt)
            if TemplateTypes.assignable(pt, t) { return TemplateTypes.convert(TemplateValue(value: v.value, type: pt), to: t) }
        }
        throw error("wrong type for value; expected \(t); got \(vt)")
    }
}
