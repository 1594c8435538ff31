import GoStdlibCore

// Evaluation of pipelines, commands and field chains (fields, map keys, methods), following
// Go's text/template exec.go step for step so that results and error texts agree.

/// How a field name resolved on a receiver type (cached per chain step and type).
final class TemplateFieldResolution {
    enum Kind {
        /// A field of the struct itself (the common case, no embedding).
        case directField(index: Int, type: GoType, exported: Bool)
        /// A method, called on a receiver of `receiverType` (T, or *T for an addressable T).
        case method(receiverType: GoType, signature: Signature)
        /// A struct field: the embedded path (with each step's type) and the field's type.
        case field(path: [Int], stepTypes: [GoType], type: GoType, exported: Bool)
        case mapKey(elementType: GoType)
        case notFound
    }
    let typeID: Int
    let addressable: Bool
    let kind: Kind
    init(typeID: Int, addressable: Bool, kind: Kind) { self.typeID = typeID; self.addressable = addressable; self.kind = kind }
}

extension TemplateExecution {
    func evalPipeline(_ dot: TemplateValue, _ pipe: TemplatePipe) throws -> TemplateValue {
        at(pipe.pos, .pipe)
        var value: TemplateValue? = nil
        for cmd in pipe.commands {
            var v = try evalCommand(dot, cmd, final: value)
            // An empty interface result continues as its dynamic value (nil becomes no value).
            if v.value.isNone || v.value.o is IfaceVal, let t = v.type, t.isEmptyInterface {
                if case .obj(let o) = v.value, let iv = o as? IfaceVal { v = TemplateValue(value: iv.value, type: iv.type) } else { v = .invalid }
            }
            value = v
        }
        let result = value ?? .invalid
        for name in pipe.declarations {
            if pipe.isAssign { try setVariable(name, result) } else { push(name, result) }
        }
        return result
    }

    private func notAFunction(_ args: [TemplateArg], _ final: TemplateValue?) throws {
        if args.count > 1 || final != nil { throw error("can't give argument to non-function \(args[0].description)") }
    }

    private func evalCommand(_ dot: TemplateValue, _ cmd: TemplateCommand, final: TemplateValue?) throws -> TemplateValue {
        let first = cmd.args[0]
        switch first {
        case .field(let chain):
            at(chain.pos, .arg)
            return try evalFieldChain(dot, dot, first, chain, cmd.args, final)
        case .chain(let base, let chain):
            return try evalChain(dot, first, base, chain, cmd.args, final)
        case .identifier(let name, let pos):
            return try evalFunction(dot, name, pos: pos, node: first, site: (cmd.pos, .command), cmd.args, final)
        case .pipe(let p):
            try notAFunction(cmd.args, final)
            return try evalPipeline(dot, p)
        case .variable(let name, let chain, let pos):
            return try evalVariable(dot, first, name, chain, pos: pos, cmd.args, final)
        default: break
        }
        at(first.pos, .arg)
        try notAFunction(cmd.args, final)
        switch first {
        case .bool(let b, _): return .bool(b)
        case .dot: return dot
        case .nilValue: throw error("nil is not a command")
        case .number(let n, _): return try idealConstant(n)
        case .string(_, let v, _): return .string(v)
        default: throw error("can't evaluate command \(first.description)")
        }
    }

    /// Go's idealConstant: floats when written as floats, else int.
    func idealConstant(_ n: TemplateNumber) throws -> TemplateValue {
        let text = n.text
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X") && !text.contains(where: { $0 == "p" || $0 == "P" })
        let isRune = text.hasPrefix("'")
        if n.isFloat && !isHexInt && !isRune && text.contains(where: { ".eEpP".contains($0) }) {
            return TemplateValue(value: .float(n.float), type: .float64)
        }
        if n.isInt { return .int(Int(n.int)) }
        if n.isUint { throw error("\(text) overflows int") }
        return .invalid
    }

    func evalVariable(_ dot: TemplateValue, _ node: TemplateArg, _ name: String, _ chain: TemplateFieldChain?, pos: Int,
                              _ args: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        at(pos, .arg)
        let value = try variable(name)
        guard let chain = chain else {
            try notAFunction(args ?? [node], final)
            return value
        }
        return try evalFieldChain(dot, value, node, chain, args, final)
    }

    func evalChain(_ dot: TemplateValue, _ node: TemplateArg, _ base: TemplateArg, _ chain: TemplateFieldChain,
                           _ args: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        at(chain.pos, .arg)
        if case .nilValue = base { throw error("indirection through explicit nil in \(node.description)") }
        let receiver = try evalArg(dot, .anyValue, base)
        return try evalFieldChain(dot, receiver, node, chain, args, final)
    }

    func evalFieldChain(_ dot: TemplateValue, _ receiver: TemplateValue, _ node: TemplateArg, _ chain: TemplateFieldChain,
                        _ args: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        var r = receiver
        let last = chain.names.count - 1
        for i in 0..<last { r = try evalField(dot, chain, i, node, nil, nil, r) }
        return try evalField(dot, chain, last, node, args, final, r)
    }

    private func resolve(_ chain: TemplateFieldChain, _ step: Int, _ r: TemplateValue, _ t: GoType) -> TemplateFieldResolution {
        if let c = chain.cache[step], c.typeID == t.id, c.addressable == r.addressable { return c }
        let name = chain.names[step]
        var kind = TemplateFieldResolution.Kind.notFound
        // Methods of T, and of *T when the value is addressable (reflect's MethodByName: exported only).
        if isExportedName(name) {
            let candidates = r.addressable && t.isComposite && t.pointerElement == nil ? [t, registry.table.pointer(to: t)] : [t]
            for ct in candidates {
                if case .found(let sel) = FieldAndMethodLookup.lookup(ct, name: name, package: nil), sel.isMethod,
                   !sel.needsAddressableReceiver, let sig = sel.type.signature {
                    kind = .method(receiverType: ct, signature: sig)
                    break
                }
            }
        }
        if case .notFound = kind {
            switch t.underlying.kind {
            case .structure:
                if case .found(let sel) = FieldAndMethodLookup.lookup(t, name: name, package: t.named?.package), !sel.isMethod, let path = sel.fieldPath {
                    var stepTypes: [GoType] = []
                    var current = t
                    for idx in path {
                        let base = current.pointerElement ?? current
                        guard let st = base.structure else { break }
                        current = st.fields[idx].type
                        stepTypes.append(current)
                    }
                    kind = path.count == 1 ? .directField(index: path[0], type: current, exported: isExportedName(name))
                        : .field(path: path, stepTypes: stepTypes, type: current, exported: isExportedName(name))
                }
            case .map(let k, let e):
                if TemplateTypes.assignable(.string, k) { kind = .mapKey(elementType: e) }
            default: break
            }
        }
        let res = TemplateFieldResolution(typeID: t.id, addressable: r.addressable, kind: kind)
        chain.cache[step] = res
        return res
    }

    private func evalField(_ dot: TemplateValue, _ chain: TemplateFieldChain, _ step: Int, _ node: TemplateArg,
                           _ args: [TemplateArg]?, _ final: TemplateValue?, _ receiver: TemplateValue) throws -> TemplateValue {
        var name: String { chain.names[step] }
        guard let typ = receiver.type else {
            if set.missingKey == .error { throw error("nil data; no entry for key \(GoStrconv.quote(name))") }
            return .invalid
        }
        let r: TemplateValue, isNil: Bool
        if chain.plainTypeIDs[step] == typ.id {
            (r, isNil) = (receiver, false)
        } else if chain.pointerTypeIDs[step] == typ.id, case .obj = receiver.value {
            (r, isNil) = (TemplateValue(value: receiver.value, type: chain.pointerTargets[step], addressable: true), false)
        } else {
            (r, isNil) = receiver.indirect()
            if r.type! === typ { chain.plainTypeIDs[step] = typ.id }
            else if !isNil, let e = typ.pointerElement, e.isComposite, r.type! === e {
                chain.pointerTypeIDs[step] = typ.id
                chain.pointerTargets[step] = e
            }
        }
        let rt = r.type!
        if isNil && rt.isInterface { throw error("nil pointer evaluating \(typ).\(name)") }
        let res = resolve(chain, step, r, rt)
        let hasArgs = (args?.count ?? 0) > 1 || final != nil
        switch res.kind {
        case .directField(let index, let type, let exported):
            if !exported { throw error("\(name) is an unexported field of struct type \(typ)") }
            guard case .obj(let o) = r.value, let box = o as? Box else { throw error("nil pointer evaluating \(typ).\(name)") }
            if hasArgs { throw error("\(name) has arguments but cannot be invoked as function") }
            return TemplateValue(value: box.f[index], type: type, addressable: r.addressable)
        case .method(let receiverType, let sig):
            // Also for a nil pointer: pointer-receiver methods may accept one, as in Go.
            return try evalCall(dot, .method(receiver: r, receiverType: receiverType, signature: sig), site: (chain.pos, .arg), name: name, args, final)
        case .field(let path, let stepTypes, let type, let exported):
            if !exported { throw error("\(name) is an unexported field of struct type \(typ)") }
            var v = r.value
            for (k, idx) in path.enumerated() {
                guard case .obj(let o) = v, let box = o as? Box else {
                    throw error("nil pointer evaluating \(typ).\(name)")
                }
                v = box.f[idx]
                if k < path.count - 1, stepTypes[k].pointerElement != nil, v.isNone {
                    let embedded = stepTypes[k].pointerElement!
                    throw error("reflect: indirection through nil pointer to embedded struct field \(embedded.named?.name ?? embedded.description)")
                }
            }
            if hasArgs { throw error("\(name) has arguments but cannot be invoked as function") }
            return TemplateValue(value: v, type: type, addressable: r.addressable)
        case .mapKey(let elementType):
            if hasArgs { throw error("\(name) is not a method but has arguments") }
            if let m = r.value.o as? MapVal, let v = m.d[MapKey(v: .str(Array(name.utf8)))] {
                return TemplateValue(value: v, type: elementType)
            }
            switch set.missingKey {
            case .invalid: return .invalid
            case .zero: return TemplateValue(value: ZeroValues.of(elementType).make(), type: elementType)
            case .error: throw error("map has no entry for key \(GoStrconv.quote(name))")
            }
        case .notFound:
            if case .pointer(let e) = rt.underlying.kind {
                if let st = e.structure, !st.fields.contains(where: { $0.name == name }) { break }
                if isNil { throw error("nil pointer evaluating \(typ).\(name)") }
            }
        }
        throw error("can't evaluate field \(name) in type \(typ)")
    }

    func evalFunction(_ dot: TemplateValue, _ name: String, pos: Int, node: TemplateArg, site: (pos: Int, kind: TemplateSiteKind),
                              _ args: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        at(pos, .arg)
        if let f = set.functions[name] {
            return try evalCall(dot, .function(f.value, f.signature), site: site, name: name, args, final)
        }
        if let b = TemplateBuiltin(rawValue: name) {
            return try evalCall(dot, .builtin(b), site: site, name: name, args, final)
        }
        throw error("\(GoStrconv.quote(name)) is not a defined function")
    }
}
