import GoStdlibCore

// Evaluation of pipelines, commands, field chains, arguments and calls, following Go's
// text/template exec.go step for step so that results and error texts agree.

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

/// The parameters a callee expects: a Go type, or (builtins) any value as it is.
enum TemplateParameter {
    case type(GoType)
    case anyValue
}

/// Something callable from a template.
enum TemplateCallee {
    case method(receiver: TemplateValue, receiverType: GoType, signature: Signature)
    case function(Value, Signature)
    case builtin(TemplateBuiltin)
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

    private func evalVariable(_ dot: TemplateValue, _ node: TemplateArg, _ name: String, _ chain: TemplateFieldChain?, pos: Int,
                              _ args: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        at(pos, .arg)
        let value = try variable(name)
        guard let chain = chain else {
            try notAFunction(args ?? [node], final)
            return value
        }
        return try evalFieldChain(dot, value, node, chain, args, final)
    }

    private func evalChain(_ dot: TemplateValue, _ node: TemplateArg, _ base: TemplateArg, _ chain: TemplateFieldChain,
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
            if template.set.missingKey == .error { throw error("nil data; no entry for key \(GoStrconv.quote(name))") }
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
            guard case .obj(let o) = r.value else { throw error("nil pointer evaluating \(typ).\(name)") }
            if hasArgs { throw error("\(name) has arguments but cannot be invoked as function") }
            return TemplateValue(value: unsafeDowncast(o, to: Box.self).f[index], type: type, addressable: r.addressable)
        case .method(let receiverType, let sig):
            if isNil && rt.pointerElement != nil {
                // A method on a nil pointer is still callable (pointer receivers).
            }
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
            switch template.set.missingKey {
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

    private func evalFunction(_ dot: TemplateValue, _ name: String, pos: Int, node: TemplateArg, site: (pos: Int, kind: TemplateSiteKind),
                              _ args: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        at(pos, .arg)
        if let f = template.set.functions[name] {
            return try evalCall(dot, .function(f.value, f.signature), site: site, name: name, args, final)
        }
        if let b = TemplateBuiltin(rawValue: name) {
            return try evalCall(dot, .builtin(b), site: site, name: name, args, final)
        }
        throw error("\(GoStrconv.quote(name)) is not a defined function")
    }

    // MARK: calls

    /// `site` is where a failing call is reported: the field node for methods, the whole
    /// command for a function in command position, the identifier for a function argument.
    func evalCall(_ dot: TemplateValue, _ callee: TemplateCallee, site: (pos: Int, kind: TemplateSiteKind), name: String,
                  _ allArgs: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        let args = allArgs.map { Array($0.dropFirst()) } ?? []
        let parameters: [TemplateParameter]
        let variadic: Bool
        switch callee {
        case .method(_, _, let sig), .function(_, let sig):
            parameters = sig.parameters.map { .type($0) }
            variadic = sig.isVariadic
            let goodResults = sig.results.count == 1 || (sig.results.count == 2 && sig.results[1] == .error)
            if !goodResults { throw error("can't call method/function \(GoStrconv.quote(name)) with \(sig.results.count) results") }
        case .builtin(let b):
            (parameters, variadic) = b.parameters
        }
        var numIn = args.count
        if final != nil { numIn += 1 }
        var numFixed = args.count
        if variadic {
            numFixed = parameters.count - 1
            if numIn < numFixed { throw error("wrong number of args for \(name): want at least \(parameters.count - 1) got \(args.count)") }
        } else if numIn != parameters.count {
            throw error("wrong number of args for \(name): want \(parameters.count) got \(numIn)")
        }

        if case .builtin(let b) = callee, b == .and || b == .or {
            // and/or evaluate their arguments only as far as needed.
            var v = TemplateValue.invalid
            for a in args {
                v = try evalArg(dot, .anyValue, a)
                if v.throughInterface.truth.0 == (b == .or) { return v }
            }
            if let f = final { v = f }
            return v
        }

        var argv: [TemplateValue] = []
        argv.reserveCapacity(numIn)
        var i = 0
        while i < numFixed && i < args.count { argv.append(try evalArg(dot, parameters[i], args[i])); i += 1 }
        if variadic {
            let elementParameter: TemplateParameter
            if case .type(let t) = parameters[parameters.count - 1], let e = t.elementType { elementParameter = .type(e) } else { elementParameter = .anyValue }
            while i < args.count { argv.append(try evalArg(dot, elementParameter, args[i])); i += 1 }
        }
        if let f = final {
            var p = parameters[parameters.count - 1]
            if variadic {
                if numIn - 1 < numFixed { p = parameters[numIn - 1] }
                else if case .type(let t) = p, let e = t.elementType { p = .type(e) }
                else { p = .anyValue }
            }
            argv.append(try validateType(f, p))
        }

        do {
            switch callee {
            case .builtin(let b):
                var callArgs = argv
                if b == .call { callArgs.insert(.string(Array((args.first?.description ?? "").utf8)), at: 0) }
                return try b.call(callArgs, self)
            case .method(let receiver, let receiverType, let sig):
                let results = try callMethod(receiver, receiverType, name, sig, argv.map(\.value))
                return try callResult(results, sig, site: site, name: name)
            case .function(let fn, let sig):
                let results = try callFunctionValue(fn, sig, argv.map(\.value))
                return try callResult(results, sig, site: site, name: name)
            }
        } catch let e as TemplateBuiltinError {
            at(site.pos, site.kind)
            throw error("error calling \(name): \(e.message)")
        } catch let p as GoPanicError {
            if p.fatal != nil { throw p }
            at(site.pos, site.kind)
            throw error("error calling \(name): \(panicText(p))")
        }
    }

    private func callResult(_ results: [Value], _ sig: Signature, site: (pos: Int, kind: TemplateSiteKind), name: String) throws -> TemplateValue {
        if results.count == 2, !results[1].isNone {
            at(site.pos, site.kind)
            throw error("error calling \(name): \(errorText(results[1]))")
        }
        return TemplateValue(value: results.first ?? .none, type: sig.results[0])
    }

    /// Packs variadic arguments into a slice, as a compiled call site would.
    private func packed(_ args: [Value], _ sig: Signature) -> [Value] {
        guard sig.isVariadic else { return args }
        let fixed = sig.parameters.count - 1
        let rest = Array(args[min(fixed, args.count)...])
        return Array(args[..<min(fixed, args.count)]) + [rest.isEmpty ? .none : .obj(SliceVal(base: Box(rest), off: 0, len: rest.count, cap: rest.count))]
    }

    func callFunctionValue(_ fn: Value, _ sig: Signature, _ args: [Value]) throws(GoPanicError) -> [Value] {
        if fn.isNone { throw .runtime("invalid memory address or nil pointer dereference") }
        return try vm.callSync(g, fn, packed(args, sig))
    }

    private func callMethod(_ receiver: TemplateValue, _ receiverType: GoType, _ name: String, _ sig: Signature, _ args: [Value]) throws(GoPanicError) -> [Value] {
        let m = try vm.resolve(receiverType, name)
        let recv = try m.receiver(receiver.value)
        let a = packed(args, sig)
        switch m.target {
        case .native(let n): return try n.call(NativeCall(args: [recv] + a, vm: vm, goroutine: g))
        case .interpreted(let ref): return try vm.callSync(g, .obj(Closure(proto: ref.proto, captures: [], receiver: recv)), a)
        }
    }

    /// The message of an error value (its Error method).
    func errorText(_ err: Value) -> String {
        guard case .obj(let o) = err, let iv = o as? IfaceVal else { return "<nil>" }
        if iv.type == RuntimeErrorType.shared { return String(decoding: iv.value.s, as: UTF8.self) }
        if let r = try? vm.callInterfaceMethod(g, err, "Error", []), let s = r.first { return String(decoding: s.s, as: UTF8.self) }
        return "<error>"
    }

    /// A recovered panic as Go's safeCall reports it (an error's text, or %v of the value).
    private func panicText(_ p: GoPanicError) -> String {
        guard case .obj(let o) = p.value, let iv = o as? IfaceVal else { return "<nil>" }
        if iv.type == RuntimeErrorType.shared { return String(decoding: iv.value.s, as: UTF8.self) }
        if iv.type.basicKind?.isString == true { return String(decoding: iv.value.s, as: UTF8.self) }
        var f = GoFormatter()
        try? ValuePrinter(vm: vm, g: g).print(p.value, .any, verb: 0x76, into: &f)
        return String(decoding: f.output, as: UTF8.self)
    }

    // MARK: arguments

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
