import Foundation

// Dynamic method dispatch: (dynamic type, method name) resolves once to the function and
// the receiver adjustment (embedded-field walk, dereference), then is cached per type id.

enum MethodTarget {
    case interpreted(FuncRef)
    case native(NativeFunc)
}

/// A method as declared on a named type.
struct MethodImpl {
    var target: MethodTarget
    var pointerReceiver: Bool
}

struct ResolvedMethod {
    var target: MethodTarget
    /// Steps from the dynamic value to the method's receiver.
    var path: [(index: Int, throughPointer: Bool)]
    var endsAtPointer: Bool
    var pointerReceiver: Bool
    var compositeEnd: Bool

    func receiver(_ value: Value) throws(GoPanicError) -> Value {
        var v = value
        for step in path {
            guard case .obj(let o) = v, let b = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
            v = b.f[step.index]
        }
        if pointerReceiver { return v }
        if endsAtPointer {
            guard case .obj(let o) = v else { throw .runtime("invalid memory address or nil pointer dereference") }
            if compositeEnd { return deepCopy(v) }
            return unsafeDowncast(o, to: Pointer.self).load()
        }
        return deepCopy(v)
    }
}

extension VM {
    func resolve(_ type: GoType, _ name: String) throws(GoPanicError) -> ResolvedMethod {
        if let m = dispatch[type.id]?[name] { return m }
        guard let m = computeResolution(type, name) else {
            throw .plain("method \(name) not found on \(type)")
        }
        dispatch[type.id, default: [:]][name] = m
        return m
    }

    private func computeResolution(_ type: GoType, _ name: String) -> ResolvedMethod? {
        var found: Selection? = nil
        for pkg in [nil] + program.packages {
            if case .found(let s) = FieldAndMethodLookup.lookup(type, name: name, package: pkg), s.isMethod { found = s; break }
        }
        guard let sel = found, case .method(let method, _) = sel.target else { return nil }
        // Walk the embedded path to learn where each step goes through a pointer.
        var path: [(Int, Bool)] = []
        var current = type
        for idx in sel.embeddedPath {
            var isPointer = false
            var base = current
            if let e = current.pointerElement { base = e; isPointer = true }
            guard let st = base.structure else { return nil }
            path.append((idx, isPointer))
            current = st.fields[idx].type
        }
        if current.isInterface {
            // A method promoted from an embedded interface: dispatch again on the field's value.
            let forward = NativeFunc(name) { c in try NativeRegistry.callMethod(c, c[0], name, Array(c.args.dropFirst())) }
            return ResolvedMethod(target: .native(forward), path: path.map { (index: $0.0, throughPointer: $0.1) },
                                  endsAtPointer: false, pointerReceiver: true, compositeEnd: false)
        }
        var endsAtPointer = false
        var declaring = current
        if let e = current.pointerElement { declaring = e; endsAtPointer = true }
        guard let impl = program.methods[declaring.id]?[method.name] else { return nil }
        let composite = declaring.structure != nil || { if case .array = declaring.underlying.kind { return true }; return false }()
        return ResolvedMethod(target: impl.target, path: path.map { (index: $0.0, throughPointer: $0.1) },
                              endsAtPointer: endsAtPointer, pointerReceiver: impl.pointerReceiver, compositeEnd: composite)
    }

    func assertType(_ v: Value, _ t: GoType, ok: ((Bool) -> Void)?, srcType: GoType) throws(GoPanicError) -> Value {
        let iv: IfaceVal? = { if case .obj(let o) = v { return o as? IfaceVal }; return nil }()
        if t.isInterface {
            if let iv = iv, Implementation.implements(iv.type, t) { ok?(true); return v }
            if let ok = ok { ok(false); return .none }
            guard let iv = iv else { throw .runtime("interface conversion: interface is nil, not \(t)") .asTypeAssertion }
            let missing = Implementation.missingMethod(iv.type, t).map { missingName($0) } ?? "?"
            throw GoPanicError.runtime("interface conversion: \(iv.type) is not \(t): missing method \(missing)").asTypeAssertion
        }
        if let iv = iv, iv.type == t { ok?(true); return t.isComposite ? deepCopy(iv.value) : iv.value }
        if let ok = ok { ok(false); return zeroValue(of: t) }
        let src = srcType.description
        throw GoPanicError.runtime("interface conversion: \(src) is \(iv.map { $0.type.description } ?? "nil"), not \(t)").asTypeAssertion
    }

    private func missingName(_ r: MissingMethodReason) -> String {
        let text = "\(r)"
        if let open = text.firstIndex(of: "\""), let close = text[text.index(after: open)...].firstIndex(of: "\"") {
            return String(text[text.index(after: open)..<close])
        }
        return text
    }

    func typeMatches(_ v: Value, _ t: GoType?) -> Bool {
        let iv: IfaceVal? = { if case .obj(let o) = v { return o as? IfaceVal }; return nil }()
        guard let t = t else { return iv == nil }
        guard let iv = iv else { return false }
        if t.isInterface { return Implementation.implements(iv.type, t) }
        return iv.type == t
    }

    func zeroValue(of t: GoType) -> Value { ZeroValues.of(t).make() }
}

extension GoPanicError {
    /// Type assertion failures are runtime errors whose message has no "runtime error: " prefix
    /// in the value but keeps it when printed... Go prints "panic: interface conversion: ..."
    var asTypeAssertion: GoPanicError {
        var e = self
        if case .obj(let o) = value, let iv = o as? IfaceVal {
            let text = String(decoding: iv.value.s, as: UTF8.self).replacingOccurrences(of: "runtime error: ", with: "")
            e.value = .obj(IfaceVal(type: iv.type, value: .string(text)))
        }
        return e
    }
}

/// Zero values by type (boxes for structs and arrays).
enum ZeroValues {
    static func of(_ t: GoType) -> ZeroValue {
        switch t.underlying.kind {
        case .basic(let k):
            if k.isString { return .value(.str([])) }
            if k.isFloat { return .value(.float(0)) }
            if k.isComplex { return .value(.obj(ComplexVal.zero)) }
            if k == .untypedNil { return .value(.none) }
            return .value(.int(0))
        case .structure(let s): return .box(s.fields.map { of($0.type) })
        case .array(let e, let n): return .box(Array(repeating: of(e), count: Int(n)))
        default: return .value(.none)
        }
    }
}
