import GoStdlibCore

/// fmt's view of interpreted values: primitives go to GoStdlibCore's verb engine,
/// composites are walked here (maps sorted by key), and values with Error/String methods
/// are printed through those methods.
struct ValuePrinter {
    let vm: VM
    let g: Goroutine

    func primitive(_ v: Value, _ t: GoType) -> GoFormatValue? {
        guard let k = t.basicKind, t.underlying.kind.isBasic else { return nil }
        let name = t.description
        if k.isBoolean { return GoFormatValue(.bool(v.i != 0), typeName: name) }
        if k.isString { return GoFormatValue(.string(v.s), typeName: name) }
        if k.isFloat { return GoFormatValue(.float(v.f, bitSize: k == .float32 ? 32 : 64), typeName: name) }
        if k.isUnsigned { return GoFormatValue(.uint(UInt64(bitPattern: v.i)), typeName: name) }
        if k.isInteger { return GoFormatValue(.int(v.i), typeName: name) }
        return nil
    }

    /// Calls Error() or String() when the dynamic type has it (for %v %s %q and Println).
    func stringer(_ v: Value, _ t: GoType, methods names: [String] = ["Error", "String"]) throws(GoPanicError) -> [UInt8]? {
        for name in names {
            guard case .found(let sel) = FieldAndMethodLookup.lookup(t, name: name, package: nil), sel.isMethod, !sel.needsAddressableReceiver,
                  let sig = sel.type.signature, sig.parameters.isEmpty, sig.results.count == 1, sig.results[0].basicKind == .string else { continue }
            if t.pointerElement != nil, case .none = v { return Array("<nil>".utf8) }
            let m = try vm.resolve(t, name)
            let recv = try m.receiver(v)
            let res: [Value]
            switch m.target {
            case .native(let n): res = try n.call(NativeCall(args: [recv], vm: vm, goroutine: g))
            case .interpreted(let ref): res = try vm.callSync(g, .obj(Closure(proto: ref.proto, captures: [], receiver: recv)), [])
            }
            return res.first?.s ?? []
        }
        return nil
    }

    enum MethodText { case none, text([UInt8]), panicked }

    /// Calls the first of `names` the value has. A panic inside it is printed the way fmt's
    /// catchPanic does (`%!v(PANIC=String method: boom)`) instead of ending the program.
    private func methodText(_ v: Value, _ t: GoType, _ verb: GoRune, _ names: [String], _ f: inout GoFormatter) throws(GoPanicError) -> MethodText {
        do {
            guard let s = try stringer(v, t, methods: names) else { return .none }
            return .text(s)
        } catch {
            if error.fatal != nil { throw error }
            let name = names.first { if case .found(let sel) = FieldAndMethodLookup.lookup(t, name: $0, package: nil) { return sel.isMethod }; return false } ?? names[0]
            f.write("%!"); f.write(GoUTF8.encodeRune(verb)); f.write("(PANIC=" + name + " method: ")
            var inner = GoFormatter()
            try? print(error.value, .any, verb: 0x76, into: &inner, depth: 9)  // one level of methods, no recursion
            f.write(inner.output)
            f.write(")")
            return .panicked
        }
    }

    /// `methods`: whether String/Error may be called; like reflect's CanInterface, false for
    /// values reached through unexported struct fields (Go prints those raw).
    func print(_ v: Value, _ t0: GoType, verb: GoRune, into f: inout GoFormatter, depth: Int = 0, methods: Bool = true) throws(GoPanicError) {
        var t = t0
        var v = v
        if t.isInterface {
            guard case .obj(let o) = v, let iv = o as? IfaceVal else {
                if verb == 0x54 { f.padString("<nil>"); return }  // %T
                // A nil interface inside a composite names its type under %#v: interface {}(nil).
                if f.sharpV && depth > 0 && verb == 0x76 { f.write(t.description + "(nil)"); return }
                f.printValue(GoFormatValue(.nilInterface), verb: verb); return
            }
            t = iv.type; v = iv.value
        }
        if verb == 0x54 { f.padString(t.description); return }
        // Go's handleMethods: Error/String serve %v %s %q %x %X (not %#v).
        let isV = verb == 0x76, isS = verb == 0x73, isQ = verb == 0x71, isHex = verb == 0x78 || verb == 0x58
        if methods, (isV && !f.sharpV) || isS || isQ || isHex, depth < 10 {
            switch try methodText(v, t, verb, ["Error", "String"], &f) {
            case .text(let s): f.printValue(GoFormatValue(.string(s)), verb: verb); return
            case .panicked: return
            case .none: break
            }
        }
        // %#v asks a GoStringer instead, and writes its result unpadded and unquoted.
        if methods, isV && f.sharpV, depth < 10 {
            switch try methodText(v, t, verb, ["GoString"], &f) {
            case .text(let s): f.write(s); return
            case .panicked: return
            case .none: break
            }
        }
        if let p = primitive(v, t) { f.printValue(p, verb: verb); return }
        switch t.underlying.kind {
        case .pointer(let e):
            guard case .obj(let o) = v else {
                switch verb {
                case 0x76: f.padString(f.sharpV ? "(\(t))(nil)" : "<nil>")
                case 0x70, 0x62, 0x6F, 0x64, 0x78, 0x58: f.printValue(GoFormatValue(.pointer(0)), verb: verb)
                default:  // fmt's badVerb: %!s(*int=<nil>)
                    f.write("%!"); f.write(GoUTF8.encodeRune(verb)); f.write("(\(t)=<nil>)")
                }
                return
            }
            if depth == 0, e.isComposite, isV {
                f.write("&")
                try print(v, e, verb: verb, into: &f, depth: depth + 1, methods: methods); return
            }
            f.printValue(GoFormatValue(.pointer(UInt64(UInt(bitPattern: ObjectIdentifier(o).hashValue)))), verb: verb)
        case .structure(let st):
            guard case .obj(let o) = v, let b = o as? Box else { f.padString("{}"); return }
            if f.sharpV { f.write(t.description) }
            f.write("{")
            for (k, field) in st.fields.enumerated() {
                if k > 0 { f.write(f.sharpV ? ", " : " ") }
                if f.plusV || f.sharpV { f.write(field.name + ":") }
                try print(b.f[k], field.type, verb: verb, into: &f, depth: depth + 1, methods: methods && field.isExported)
            }
            f.write("}")
        case .array(let et, _):
            guard case .obj(let o) = v, let b = o as? Box else { return }
            // Byte arrays print as bytes too: fmt.Sprintf("%x", sha256.Sum256(data)).
            if et.basicKind == .uint8 && (isS || isQ || verb == 0x78 || verb == 0x58) {
                f.printValue(GoFormatValue(.bytes(b.f.map { UInt8(truncatingIfNeeded: $0.i) })), verb: verb); return
            }
            try list(Array(b.f), et, t, verb, &f, depth, methods: methods)
        case .slice(let et):
            if et.basicKind == .uint8 && (isS || isQ || isHex) {
                f.printValue(GoFormatValue(.bytes(vm.sliceElements(v).map { UInt8(truncatingIfNeeded: $0.i) })), verb: verb); return
            }
            if f.sharpV, case .none = v { f.write(t.description + "(nil)"); return }
            try list(vm.sliceElements(v), et, t, verb, &f, depth, methods: methods)
        case .map(let kt, let vt):
            guard case .obj(let o) = v, let m = o as? MapVal else { f.write(f.sharpV ? t.description + "(nil)" : "map[]"); return }
            var entries = m.d.map { ($0.key.v, $0.value) }
            entries.sort { a, b in lessForPrinting(a.0, b.0, kt) }
            f.write(f.sharpV ? t.description + "{" : "map[")
            for (k, e) in entries.enumerated() {
                if k > 0 { f.write(f.sharpV ? ", " : " ") }
                try print(e.0, kt, verb: verb, into: &f, depth: depth + 1, methods: methods)
                f.write(":")
                try print(e.1, vt, verb: verb, into: &f, depth: depth + 1, methods: methods)
            }
            f.write(f.sharpV ? "}" : "]")
        case .signature, .chan:
            if case .obj(let o) = v { f.printValue(GoFormatValue(.pointer(UInt64(UInt(bitPattern: ObjectIdentifier(o).hashValue)))), verb: verb) }
            else { f.padString("<nil>") }
        default:
            f.padString("?")
        }
    }

    private func list(_ items: [Value], _ et: GoType, _ t: GoType, _ verb: GoRune, _ f: inout GoFormatter, _ depth: Int, methods: Bool) throws(GoPanicError) {
        f.write(f.sharpV ? t.description + "{" : "[")
        for (k, e) in items.enumerated() {
            if k > 0 { f.write(f.sharpV ? ", " : " ") }
            try print(e, et, verb: verb, into: &f, depth: depth + 1, methods: methods)
        }
        f.write(f.sharpV ? "}" : "]")
    }

    func lessForPrinting(_ a: Value, _ b: Value, _ t: GoType) -> Bool { compareForPrinting(a, b, t) < 0 }

    /// The order fmt prints map keys in (internal/fmtsort): numbers and strings by value
    /// (NaN first), false before true, nil before non-nil, structs and arrays field by field,
    /// interfaces by dynamic type, then value.
    func compareForPrinting(_ a: Value, _ b: Value, _ t: GoType) -> Int {
        func sign<C: Comparable>(_ x: C, _ y: C) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch t.underlying.kind {
        case .basic(let k):
            if k.isString { return a.s.lexicographicallyPrecedes(b.s) ? -1 : (a.s == b.s ? 0 : 1) }
            if k.isFloat {
                let x = a.f, y = b.f
                if x.isNaN || y.isNaN { return x.isNaN && !y.isNaN ? -1 : (!x.isNaN && y.isNaN ? 1 : 0) }
                return sign(x, y)
            }
            if k.isUnsigned { return sign(UInt64(bitPattern: a.i), UInt64(bitPattern: b.i)) }
            return sign(a.i, b.i)
        case .structure(let st):
            guard case .obj(let x) = a, let bx = x as? Box, case .obj(let y) = b, let by = y as? Box else { return 0 }
            for (k, field) in st.fields.enumerated() {
                let c = compareForPrinting(bx.f[k], by.f[k], field.type)
                if c != 0 { return c }
            }
            return 0
        case .array(let et, _):
            guard case .obj(let x) = a, let bx = x as? Box, case .obj(let y) = b, let by = y as? Box else { return 0 }
            for k in 0..<min(bx.f.count, by.f.count) {
                let c = compareForPrinting(bx.f[k], by.f[k], et)
                if c != 0 { return c }
            }
            return 0
        case .interface:
            let x: IfaceVal? = { if case .obj(let o) = a { return o as? IfaceVal }; return nil }()
            let y: IfaceVal? = { if case .obj(let o) = b { return o as? IfaceVal }; return nil }()
            guard let x = x, let y = y else { return x == nil ? (y == nil ? 0 : -1) : 1 }
            if x.type != y.type { return sign(x.type.description, y.type.description) }
            return compareForPrinting(x.value, y.value, x.type)
        default:
            // Pointers and channels: nil first; otherwise Go orders by address, which a
            // program cannot rely on.
            switch (a, b) {
            case (.none, .none): return 0
            case (.none, _): return -1
            case (_, .none): return 1
            default: return 0
            }
        }
    }
}

/// Arguments of Printf over interpreted interface values.
struct InterpretedArguments: GoFormatArguments {
    let values: [Value]
    let printer: ValuePrinter
    var failure: GoPanicError? = nil

    var count: Int { values.count }

    func intValue(at index: Int) -> Int? {
        guard case .obj(let o) = values[index], let iv = o as? IfaceVal, iv.type.basicKind?.isInteger == true else { return nil }
        return Int(iv.value.i)
    }

    func print(_ index: Int, verb: GoRune, into formatter: inout GoFormatter) {
        try? printer.print(values[index], .any, verb: verb, into: &formatter)
    }

    func typeName(at index: Int) -> String? {
        guard case .obj(let o) = values[index], let iv = o as? IfaceVal else { return nil }
        return iv.type.description
    }

    func isString(_ index: Int) -> Bool {
        guard case .obj(let o) = values[index], let iv = o as? IfaceVal else { return false }
        return iv.type.basicKind == .string && iv.type.underlying.kind.isBasic && iv.type.named == nil
    }
}

extension VM {
    /// What the `print`/`println` builtins write for one operand.
    func printBuiltin(_ v: Value, _ t: GoType) -> [UInt8] {
        if let k = t.basicKind, t.underlying.kind.isBasic {
            if k.isBoolean { return Array((v.i != 0 ? "true" : "false").utf8) }
            if k.isString { return v.s }
            if k.isFloat {
                let x = v.f
                var s = GoStrconv.formatFloat(x, format: UInt8(ascii: "e"), precision: 6, bitSize: 64)
                if x >= 0 && !s.hasPrefix("+") { s = "+" + s }
                return Array(s.utf8)
            }
            if k.isUnsigned { return Array(String(UInt64(bitPattern: v.i)).utf8) }
            return Array(String(v.i).utf8)
        }
        if t.isInterface {
            if case .none = v { return Array("(0x0,0x0)".utf8) }
            return Array("(0x1,0x1)".utf8)
        }
        if case .none = v { return Array("0x0".utf8) }
        return Array("0xc000010000".utf8)
    }
}
