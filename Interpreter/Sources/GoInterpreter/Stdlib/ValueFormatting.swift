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
        if k.isComplex { return GoFormatValue(.complex(v.c.re, v.c.im, bitSize: k == .complex64 ? 64 : 128), typeName: name) }
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
        // A slice or map that contains itself recurses forever, as in Go — but on the host's stack.
        try vm.checkHostStack()
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

    func lessForPrinting(_ a: Value, _ b: Value, _ t: GoType) -> Bool { MapKeyOrder.compare(a, b, t) < 0 }
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
    /// The runtime's own float printing (print/println and panic values): a sign, seven
    /// digits and a three-digit exponent, computed by repeated scaling as the Go runtime does
    /// (so the last digit can differ from strconv's correctly rounded output).
    func printFloat(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        let digitCount = 7
        var v = value, exponent = 0
        var sign: Character = "+"
        if v == 0 {
            if v.sign == .minus { sign = "-" }
        } else {
            if v < 0 { v = -v; sign = "-" }
            while v >= 10 { exponent += 1; v /= 10 }
            while v < 1 { exponent -= 1; v *= 10 }
            var half = 5.0
            for _ in 0..<digitCount { half /= 10 }
            v += half
            if v >= 10 { exponent += 1; v /= 10 }
        }
        var digits: [Character] = []
        for _ in 0..<digitCount {
            let d = Int(v)
            digits.append(Character(Unicode.Scalar(UInt8(48 + d))))
            v -= Double(d)
            v *= 10
        }
        var out = String(sign) + String(digits[0]) + "." + String(digits[1...])
        out += exponent < 0 ? "e-" : "e+"
        let e = abs(exponent)
        out += String(e / 100) + String((e / 10) % 10) + String(e % 10)
        return out
    }

    /// What the `print`/`println` builtins write for one operand.
    func printBuiltin(_ v: Value, _ t: GoType) -> [UInt8] {
        if let k = t.basicKind, t.underlying.kind.isBasic {
            if k.isBoolean { return Array((v.i != 0 ? "true" : "false").utf8) }
            if k.isString { return v.s }
            if k.isFloat { return Array(printFloat(v.f).utf8) }
            if k.isComplex { return Array(("(" + printFloat(v.c.re) + printFloat(v.c.im) + "i)").utf8) }
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
