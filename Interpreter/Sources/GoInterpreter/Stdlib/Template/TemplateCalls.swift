import GoStdlibCore

// Calls from templates: argument count and result checks, the lazy and/or, argument
// evaluation against parameter types, and the actual call of a method, a function value
// or a builtin, with Go's "error calling X: ..." reporting.

/// The parameters a callee expects: a Go type, or (builtins) any value as it is.
enum TemplateParameter {
    case type(GoType)
    case anyValue
}

/// A callee's parameter list, read in place (no array is built per call).
struct TemplateParameters {
    private let types: [GoType]?
    private let builtin: TemplateBuiltin?
    let count: Int
    let variadic: Bool

    init(types: [GoType], variadic: Bool) {
        self.types = types; builtin = nil; count = types.count; self.variadic = variadic
    }
    init(builtin: TemplateBuiltin) {
        types = nil; self.builtin = builtin
        (count, variadic) = builtin.arity
    }

    subscript(i: Int) -> TemplateParameter {
        if let t = types { return .type(t[i]) }
        return builtin == .printf && i == 0 ? .type(.string) : .anyValue
    }

    /// The element type of the variadic last parameter.
    var variadicElement: TemplateParameter {
        if let e = types?.last?.elementType { return .type(e) }
        return .anyValue
    }
}

/// Something callable from a template.
enum TemplateCallee {
    case method(receiver: TemplateValue, receiverType: GoType, signature: Signature)
    case function(Value, Signature)
    case builtin(TemplateBuiltin)
}

extension TemplateExecution {

    /// `site` is where a failing call is reported: the field node for methods, the whole
    /// command for a function in command position, the identifier for a function argument.
    func evalCall(_ dot: TemplateValue, _ callee: TemplateCallee, site: (pos: Int, kind: TemplateSiteKind), name: String,
                  _ allArgs: [TemplateArg]?, _ final: TemplateValue?) throws -> TemplateValue {
        let args = allArgs?.dropFirst() ?? []
        let parameters: TemplateParameters
        switch callee {
        case .method(_, _, let sig), .function(_, let sig):
            parameters = TemplateParameters(types: sig.parameters, variadic: sig.isVariadic)
            let goodResults = sig.results.count == 1 || (sig.results.count == 2 && sig.results[1] == .error)
            if !goodResults { throw error("can't call method/function \(GoStrconv.quote(name)) with \(sig.results.count) results") }
        case .builtin(let b):
            parameters = TemplateParameters(builtin: b)
        }
        let variadic = parameters.variadic
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
        let first = args.startIndex
        while i < numFixed && i < args.count { argv.append(try evalArg(dot, parameters[i], args[first + i])); i += 1 }
        if variadic {
            let element = parameters.variadicElement
            while i < args.count { argv.append(try evalArg(dot, element, args[first + i])); i += 1 }
        }
        if let f = final {
            var p = parameters[parameters.count - 1]
            if variadic { p = numIn - 1 < numFixed ? parameters[numIn - 1] : parameters.variadicElement }
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
}
