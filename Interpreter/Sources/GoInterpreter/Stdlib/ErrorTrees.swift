import GoStdlibCore

// Error wrapping as Go 1.20 defines it: fmt.Errorf wraps every %w operand, errors.Join
// builds a node with several children, and errors.Is/As walk the whole tree depth-first,
// honouring Is/As methods and both Unwrap() error and Unwrap() []error.
extension NativeRegistry {
    func installErrorTrees() {
        let T = table
        let str = GoType.string
        let errorSlice = T.slice(of: .error)
        func errorSliceValue(_ errs: [Value]) -> Value {
            .obj(SliceVal(base: Box(errs), off: 0, len: errs.count, cap: errs.count))
        }

        let fmtPkg = PackageRef(path: "fmt", name: "fmt")
        let wrapError = T.newNamed("wrapError", package: fmtPkg)
        wrapError.named?.setUnderlying(T.structure([StructField(name: "msg", type: str, package: fmtPkg), StructField(name: "err", type: .error, package: fmtPkg)]))
        method(wrapError, "Error", pointer: true, sig([], [str])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[0]] }
        method(wrapError, "Unwrap", pointer: true, sig([], [.error])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[1]] }
        let wrapErrors = T.newNamed("wrapErrors", package: fmtPkg)
        wrapErrors.named?.setUnderlying(T.structure([StructField(name: "msg", type: str, package: fmtPkg), StructField(name: "errs", type: errorSlice, package: fmtPkg)]))
        method(wrapErrors, "Error", pointer: true, sig([], [str])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[0]] }
        method(wrapErrors, "Unwrap", pointer: true, sig([], [errorSlice])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[1]] }
        if let errorf = packages["fmt"]?.functions["Errorf"] {
            function("fmt", "Errorf", errorf.0) { c in
                let plain = try errorf.1.call(c)[0]
                let wrapped = NativeRegistry.wrappedArguments(c[0].s, c.vm.sliceElements(c[1])).filter(NativeRegistry.isError)
                guard !wrapped.isEmpty else { return [plain] }
                let msg = unsafeDowncast((plain.o as! IfaceVal).value.o!, to: Box.self).f[0]
                if wrapped.count == 1 { return [.obj(IfaceVal(type: T.pointer(to: wrapError), value: .obj(Box([msg, wrapped[0]]))))] }
                return [.obj(IfaceVal(type: T.pointer(to: wrapErrors), value: .obj(Box([msg, errorSliceValue(wrapped)]))))]
            }
        }

        let errorsPkg = PackageRef(path: "errors", name: "errors")
        let joinError = T.newNamed("joinError", package: errorsPkg)
        joinError.named?.setUnderlying(T.structure([StructField(name: "errs", type: errorSlice, package: errorsPkg)]))
        method(joinError, "Error", pointer: true, sig([], [str])) { c in
            var out: [UInt8] = []
            for (k, e) in c.vm.sliceElements(unsafeDowncast(c[0].o!, to: Box.self).f[0]).enumerated() {
                if k > 0 { out.append(0x0A) }
                out += try NativeRegistry.callMethod(c, e, "Error", []).first?.s ?? []
            }
            return [.str(out)]
        }
        method(joinError, "Unwrap", pointer: true, sig([], [errorSlice])) { c in [unsafeDowncast(c[0].o!, to: Box.self).f[0]] }
        function("errors", "Join", sig([errorSlice], [.error], variadic: true)) { c in
            let errs = c.vm.sliceElements(c[0]).filter { !$0.isNone }
            guard !errs.isEmpty else { return [.none] }
            return [.obj(IfaceVal(type: T.pointer(to: joinError), value: .obj(Box([errorSliceValue(errs)]))))]
        }

        function("errors", "Unwrap", sig([.error], [.error])) { c in
            guard case .single = NativeRegistry.unwrapKind(c[0]) else { return [.none] }
            return [try NativeRegistry.callMethod(c, c[0], "Unwrap", []).first ?? .none]
        }
        function("errors", "Is", sig([.error, .error], [GoType.bool])) { c in
            if c[0].isNone || c[1].isNone { return [.bool(c[0].isNone && c[1].isNone)] }
            return [.bool(try NativeRegistry.errorTreeContains(c, c[0]) { c, e throws(GoPanicError) in
                if valuesEqual(e, c[1]) { return true }
                guard NativeRegistry.hasMethod(e, "Is", parameters: 1, result: .bool) else { return false }
                return try NativeRegistry.callMethod(c, e, "Is", [c[1]]).first?.i ?? 0 != 0
            })]
        }
        function("errors", "As", sig([.error, .any], [GoType.bool])) { c in
            guard case .obj(let t) = c[1], let target = t as? IfaceVal, let want = target.type.pointerElement, !target.value.isNone else {
                throw GoPanicError.plain("errors: target must be a non-nil pointer")
            }
            guard want.isInterface || Implementation.implements(want, .error) else {
                throw GoPanicError.plain("errors: *target must be interface or implement error")
            }
            if c[0].isNone { return [.bool(false)] }
            return [.bool(try NativeRegistry.errorTreeContains(c, c[0]) { c, e throws(GoPanicError) in
                guard case .obj(let o) = e, let iv = o as? IfaceVal else { return false }
                if want.isInterface ? Implementation.implements(iv.type, want) : iv.type == want {
                    let v = want.isInterface ? e : iv.value
                    if case .obj(let p) = target.value {
                        if let box = p as? Box, case .obj(let src) = v, let sb = src as? Box { box.assign(from: sb) }
                        else if let ptr = p as? Pointer { ptr.store(v) }
                    }
                    return true
                }
                guard NativeRegistry.hasMethod(e, "As", parameters: 1, result: .bool) else { return false }
                return try NativeRegistry.callMethod(c, e, "As", [c[1]]).first?.i ?? 0 != 0
            })]
        }
    }


    enum UnwrapKind { case none, single, multiple }

    static func isError(_ v: Value) -> Bool {
        guard case .obj(let o) = v, let iv = o as? IfaceVal else { return false }
        return Implementation.implements(iv.type, .error)
    }

    static func hasMethod(_ v: Value, _ name: String, parameters: Int, result: GoType) -> Bool {
        guard case .obj(let o) = v, let iv = o as? IfaceVal,
              case .found(let sel) = FieldAndMethodLookup.lookup(iv.type, name: name, package: nil), sel.isMethod,
              !sel.needsAddressableReceiver, let sig = sel.type.signature else { return false }
        return sig.parameters.count == parameters && sig.results.count == 1 && sig.results[0] == result
    }

    /// Which Unwrap method, if any, the dynamic type of `v` has.
    static func unwrapKind(_ v: Value) -> UnwrapKind {
        guard case .obj(let o) = v, let iv = o as? IfaceVal,
              case .found(let sel) = FieldAndMethodLookup.lookup(iv.type, name: "Unwrap", package: nil), sel.isMethod,
              !sel.needsAddressableReceiver, let sig = sel.type.signature, sig.parameters.isEmpty, sig.results.count == 1 else { return .none }
        let r = sig.results[0]
        if r == .error { return .single }
        if case .slice(let e) = r.kind, e == .error { return .multiple }
        return .none
    }

    /// Depth-first pre-order walk of the error tree rooted at `root`, as errors.Is/As do.
    static func errorTreeContains(_ c: NativeCall, _ root: Value, _ match: (NativeCall, Value) throws(GoPanicError) -> Bool) throws(GoPanicError) -> Bool {
        var err = root
        for _ in 0..<10_000 {
            if try match(c, err) { return true }
            switch unwrapKind(err) {
            case .none: return false
            case .single:
                err = try callMethod(c, err, "Unwrap", []).first ?? .none
                if err.isNone { return false }
            case .multiple:
                let children = c.vm.sliceElements(try callMethod(c, err, "Unwrap", []).first ?? .none)
                for child in children where !child.isNone {
                    if try errorTreeContains(c, child, match) { return true }
                }
                return false
            }
        }
        return false
    }

    /// The arguments formatted by %w verbs of `format`, in order.
    static func wrappedArguments(_ format: [UInt8], _ args: [Value]) -> [Value] {
        var out: [Value] = []
        forEachVerb(format) { verbIndex, argIndex in
            if format[verbIndex] == 0x77, argIndex < args.count { out.append(args[argIndex]) }
        }
        return out
    }

    /// `format` with each %w whose operand is an error turned into %v.
    static func errorfFormat(_ format: [UInt8], _ args: [Value]) -> [UInt8] {
        var out = format
        forEachVerb(format) { verbIndex, argIndex in
            if format[verbIndex] == 0x77, argIndex < args.count, isError(args[argIndex]) { out[verbIndex] = 0x76 }
        }
        return out
    }

    /// Calls `body` with the offset of each verb letter and the index of the operand it uses.
    private static func forEachVerb(_ format: [UInt8], _ body: (Int, Int) -> Void) {
        var argIndex = 0
        var i = 0
        while i < format.count {
            if format[i] != 0x25 { i += 1; continue }
            i += 1
            while i < format.count, "+-# 0123456789.*".utf8.contains(format[i]) { i += 1 }
            guard i < format.count else { break }
            if format[i] == 0x25 { i += 1; continue }
            body(i, argIndex)
            argIndex += 1
            i += 1
        }
    }
}
