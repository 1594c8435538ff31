import GoStdlibCore

// text/template's Go surface: the Template type and its methods, FuncMap, New, Must and the
// escaping helpers.
extension NativeRegistry {
    func installTemplate() {
        let T = table
        let path = "text/template"
        let pkg = PackageRef(path: path, name: "template")
        let str = GoType.string
        let runtime = TemplateRuntime(table: T, errorStringPointer: errorStringPointer)

        let template = T.newNamed("Template", package: pkg)
        template.named?.setUnderlying(T.structure([StructField(name: "common", type: .any, package: pkg)]))
        type(path, "Template", template)
        let pointer = T.pointer(to: template)
        let funcMap = T.newNamed("FuncMap", package: pkg)
        funcMap.named?.setUnderlying(T.map(key: str, value: .any))
        type(path, "FuncMap", funcMap)
        let writer = ioWriterType

        function(path, "New", sig([str], [pointer])) { c in
            [TemplateHandle(name: String(decoding: c[0].s, as: UTF8.self), set: TemplateSet()).goValue]
        }
        function(path, "Must", sig([pointer, .error], [pointer])) { c in
            if !c[1].isNone { throw GoPanicError(value: c[1], isRuntimeError: false) }
            return [c[0]]
        }
        function(path, "HTMLEscapeString", sig([str], [str])) { c in [.str(TemplateEscaping.html(c[0].s))] }
        function(path, "JSEscapeString", sig([str], [str])) { c in [.str(TemplateEscaping.javaScript(c[0].s))] }
        func escaper(_ name: String, _ f: @escaping ([UInt8]) -> [UInt8]) {
            function(path, name, sig([anySlice], [str], variadic: true)) { c in
                let args = c.vm.sliceElements(c[0])
                var text: [UInt8]
                if args.count == 1, case .obj(let o) = args[0], let iv = o as? IfaceVal, iv.type == .string { text = iv.value.s }
                else {
                    var fm = GoFormatter()
                    let a = InterpretedArguments(values: args, printer: ValuePrinter(vm: c.vm, g: c.goroutine))
                    GoPrintf.print(a, isString: { a.isString($0) }, into: &fm)
                    text = fm.output
                }
                return [.str(f(text))]
            }
        }
        function(path, "IsTrue", sig([.any], [.bool, .bool])) { c in
            var v = TemplateValue.invalid
            if case .obj(let o) = c[0], let iv = o as? IfaceVal { v = TemplateValue(value: iv.value, type: iv.type) }
            let (truth, ok) = v.truth
            return [.bool(truth), .bool(ok)]
        }
        for (name, escape) in [("HTMLEscape", TemplateEscaping.html), ("JSEscape", TemplateEscaping.javaScript)] {
            function(path, name, sig([writer, T.slice(of: .byte)], [])) { c in
                _ = try c.vm.callInterfaceMethod(c.goroutine, c[0], "Write", [byteSliceValue(escape(bytesOfSlice(c[1])))])
                return []
            }
        }
        escaper("HTMLEscaper", TemplateEscaping.html)
        escaper("JSEscaper", TemplateEscaping.javaScript)
        escaper("URLQueryEscaper", TemplateEscaping.queryEscape)

        method(template, "Clone", pointer: true, sig([], [pointer, .error])) { c in [try runtime.handle(c[0]).clone().goValue, .none] }
        method(template, "Name", pointer: true, sig([], [str])) { c in [.string(try runtime.handle(c[0]).name)] }
        method(template, "New", pointer: true, sig([str], [pointer])) { c in
            [try runtime.handle(c[0]).sibling(String(decoding: c[1].s, as: UTF8.self)).goValue]
        }
        method(template, "Parse", pointer: true, sig([str], [pointer, .error])) { c in
            let t = try runtime.handle(c[0])
            if let message = runtime.parse(t, c[1].s) { return [.none, runtime.errorValue(message)] }
            return [c[0], .none]
        }
        method(template, "Execute", pointer: true, sig([writer, .any], [.error])) { c in
            [try runtime.execute(c, try runtime.handle(c[0]), writer: c[1], data: c[2])]
        }
        method(template, "ExecuteTemplate", pointer: true, sig([writer, str, .any], [.error])) { c in
            let t = try runtime.handle(c[0])
            let name = String(decoding: c[2].s, as: UTF8.self)
            guard let target = t.set.handle(name) else {
                return [runtime.errorValue("template: no template \(GoStrconv.quote(name)) associated with template \(GoStrconv.quote(t.name))")]
            }
            return [try runtime.execute(c, target, writer: c[1], data: c[3])]
        }
        method(template, "Lookup", pointer: true, sig([str], [pointer])) { c in
            [try runtime.handle(c[0]).set.handle(String(decoding: c[1].s, as: UTF8.self))?.goValue ?? .none]
        }
        method(template, "Templates", pointer: true, sig([], [T.slice(of: pointer)])) { c in
            let set = try runtime.handle(c[0]).set
            let values = set.entries.keys.sorted().compactMap { set.handle($0)?.goValue }
            return [.obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count))]
        }
        method(template, "DefinedTemplates", pointer: true, sig([], [str])) { c in
            let set = try runtime.handle(c[0]).set
            let names = set.entries.keys.sorted().filter { set.entries[$0]?.tree != nil }
            if names.isEmpty { return [.str([])] }
            return [.string("; defined templates are: " + names.map { GoStrconv.quote($0) }.joined(separator: ", "))]
        }
        method(template, "Delims", pointer: true, sig([str, str], [pointer])) { c in
            let t = try runtime.handle(c[0])
            t.leftDelim = c[1].s
            t.rightDelim = c[2].s
            return [c[0]]
        }
        method(template, "Funcs", pointer: true, sig([funcMap], [pointer])) { c in
            let t = try runtime.handle(c[0])
            guard let m = c[1].o as? MapVal else { return [c[0]] }
            for (key, value) in m.d {
                let name = String(decoding: key.v.s, as: UTF8.self)
                guard name.first.map({ $0 == "_" || $0.isLetter }) ?? false, name.allSatisfy({ $0 == "_" || $0.isLetter || $0.isNumber }) else {
                    throw GoPanicError(value: runtime.errorValue("function name \(GoStrconv.quote(name)) is not a valid identifier"), isRuntimeError: false)
                }
                guard case .obj(let o) = value, let iv = o as? IfaceVal, let s = iv.type.signature else {
                    throw GoPanicError.plain("value for \(name) not a function")
                }
                t.set.functions[name] = (iv.value, s)
            }
            return [c[0]]
        }
        method(template, "Option", pointer: true, sig([T.slice(of: str)], [pointer], variadic: true)) { c in
            let t = try runtime.handle(c[0])
            for o in c.vm.sliceElements(c[1]) {
                let option = String(decoding: o.s, as: UTF8.self)
                if option.isEmpty { throw GoPanicError.plain("empty option string") }
                switch option {
                case "missingkey=invalid", "missingkey=default": t.set.missingKey = .invalid
                case "missingkey=zero": t.set.missingKey = .zero
                case "missingkey=error": t.set.missingKey = .error
                default: throw GoPanicError.plain("unrecognized option: " + option)
                }
            }
            return [c[0]]
        }

        // strings.Builder is the usual destination of Execute: give it io.Writer's Write.
        if let builder = packages["strings"]?.types["Builder"], builder.named?.method(named: "Write", package: nil) == nil {
            method(builder, "Write", pointer: true, sig([T.slice(of: .byte)], [.int, .error])) { c in
                guard let box = c[0].o as? Box else { throw GoPanicError.runtime("invalid memory address or nil pointer dereference") }
                let buffer: ByteBuffer
                if case .obj(let h) = box.f[0], let existing = h as? ByteBuffer { buffer = existing } else { buffer = ByteBuffer(); box.f[0] = .obj(buffer) }
                let bytes = bytesOfSlice(c[1])
                buffer.value += bytes
                return [.int(Int64(bytes.count)), .none]
            }
        }
    }
}
