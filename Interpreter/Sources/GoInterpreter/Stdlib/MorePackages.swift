import GoStdlibCore

// More bindings: error wrapping (%w, errors.Is/As/Unwrap), the rest of the common strings
// and strconv functions, unicode predicates, io.Writer with os.Stdout/Stderr and fmt.Fprint*.
extension NativeRegistry {
    func installMorePackages() {
        let T = table
        let str = GoType.string, int = GoType.int, bool = GoType.bool
        let strSlice = T.slice(of: str)
        func strings(_ parts: [[UInt8]]) -> Value {
            .obj(SliceVal(base: Box(parts.map { .str($0) }), off: 0, len: parts.count, cap: parts.count))
        }

        installErrorTrees()

        // strings
        function("strings", "ToTitle", sig([str], [str])) { c in [.str(GoStrings.toTitle(c[0].s))] }
        function("strings", "LastIndex", sig([str, str], [int])) { c in [.int(Int64(GoStrings.lastIndex(c[0].s, c[1].s)))] }
        function("strings", "IndexByte", sig([str, .byte], [int])) { c in [.int(Int64(GoStrings.indexByte(c[0].s, UInt8(truncatingIfNeeded: c[1].i))))] }
        function("strings", "IndexRune", sig([str, .rune], [int])) { c in [.int(Int64(GoStrings.indexRune(c[0].s, GoRune(truncatingIfNeeded: c[1].i))))] }
        function("strings", "IndexAny", sig([str, str], [int])) { c in [.int(Int64(GoStrings.indexAny(c[0].s, c[1].s)))] }
        function("strings", "ContainsRune", sig([str, .rune], [bool])) { c in [.bool(GoStrings.containsRune(c[0].s, GoRune(truncatingIfNeeded: c[1].i)))] }
        function("strings", "ContainsAny", sig([str, str], [bool])) { c in [.bool(GoStrings.containsAny(c[0].s, c[1].s))] }
        function("strings", "Count", sig([str, str], [int])) { c in [.int(Int64(GoStrings.count(c[0].s, c[1].s)))] }
        function("strings", "EqualFold", sig([str, str], [bool])) { c in [.bool(GoStrings.equalFold(c[0].s, c[1].s))] }
        function("strings", "Compare", sig([str, str], [int])) { c in [.int(Int64(GoStrings.compare(c[0].s, c[1].s)))] }
        function("strings", "SplitN", sig([str, str, int], [strSlice])) { c in [strings(GoStrings.splitN(c[0].s, c[1].s, Int(c[2].i)))] }
        function("strings", "SplitAfter", sig([str, str], [strSlice])) { c in [strings(GoStrings.splitAfter(c[0].s, c[1].s))] }
        function("strings", "Trim", sig([str, str], [str])) { c in [.str(GoStrings.trim(c[0].s, c[1].s))] }
        function("strings", "TrimLeft", sig([str, str], [str])) { c in [.str(GoStrings.trimLeft(c[0].s, c[1].s))] }
        function("strings", "TrimRight", sig([str, str], [str])) { c in [.str(GoStrings.trimRight(c[0].s, c[1].s))] }
        function("strings", "TrimPrefix", sig([str, str], [str])) { c in [.str(GoStrings.trimPrefix(c[0].s, c[1].s))] }
        function("strings", "TrimSuffix", sig([str, str], [str])) { c in [.str(GoStrings.trimSuffix(c[0].s, c[1].s))] }
        function("strings", "Cut", sig([str, str], [str, str, bool])) { c in
            let r = GoStrings.cut(c[0].s, c[1].s); return [.str(r.before), .str(r.after), .bool(r.found)]
        }
        function("strings", "CutPrefix", sig([str, str], [str, bool])) { c in let r = GoStrings.cutPrefix(c[0].s, c[1].s); return [.str(r.0), .bool(r.1)] }
        function("strings", "CutSuffix", sig([str, str], [str, bool])) { c in let r = GoStrings.cutSuffix(c[0].s, c[1].s); return [.str(r.0), .bool(r.1)] }
        let runeMap = sig([.rune], [.rune]), runePred = sig([.rune], [bool])
        func callRune(_ c: NativeCall, _ f: Value, _ r: GoRune, _ failure: inout GoPanicError?) -> Value {
            if failure != nil { return .int(0) }
            do { return try c.vm.callSync(c.goroutine, f, [.int(Int64(r))]).first ?? .int(0) } catch { failure = error; return .int(0) }
        }
        function("strings", "Map", sig([runeMap, str], [str])) { c in
            var failure: GoPanicError? = nil
            let out = GoStrings.map(c[1].s) { r in GoRune(truncatingIfNeeded: callRune(c, c[0], r, &failure).i) }
            if let f = failure { throw f }
            return [.str(out)]
        }
        function("strings", "FieldsFunc", sig([str, runePred], [strSlice])) { c in
            var failure: GoPanicError? = nil
            let out = GoStrings.fieldsFunc(c[0].s) { r in callRune(c, c[1], r, &failure).i != 0 }
            if let f = failure { throw f }
            return [strings(out)]
        }
        function("strings", "TrimFunc", sig([str, runePred], [str])) { c in
            var failure: GoPanicError? = nil
            let out = GoStrings.trimFunc(c[0].s) { r in callRune(c, c[1], r, &failure).i != 0 }
            if let f = failure { throw f }
            return [.str(out)]
        }
        function("strings", "IndexFunc", sig([str, runePred], [int])) { c in
            var failure: GoPanicError? = nil
            let out = GoStrings.indexFunc(c[0].s) { r in callRune(c, c[1], r, &failure).i != 0 }
            if let f = failure { throw f }
            return [.int(Int64(out))]
        }

        // strconv
        function("strconv", "FormatBool", sig([bool], [str])) { c in [.string(c[0].i != 0 ? "true" : "false")] }
        function("strconv", "ParseBool", sig([str], [bool, .error])) { c in
            let (v, e) = GoStrconv.parseBool(c[0].s)
            return [.bool(v), e.map { NativeRegistry.numError(self, $0) } ?? .none]
        }
        function("strconv", "ParseFloat", sig([str, int], [.float64, .error])) { c in
            let (v, e) = GoStrconv.parseFloat(c[0].s, bitSize: Int(c[1].i))
            return [.float(v), e.map { NativeRegistry.numError(self, $0) } ?? .none]
        }
        function("strconv", "ParseUint", sig([str, int, int], [.uint64, .error])) { c in
            let (v, e) = GoStrconv.parseUint(c[0].s, base: Int(c[1].i), bitSize: Int(c[2].i))
            return [.int(Int64(bitPattern: v)), e.map { NativeRegistry.numError(self, $0) } ?? .none]
        }
        function("strconv", "FormatUint", sig([.uint64, int], [str])) { c in [.string(GoStrconv.formatUint(UInt64(bitPattern: c[0].i), base: try strconvBase(c[1].i)))] }

        // unicode
        for (name, pred) in [("IsUpper", GoUnicode.isUpper), ("IsLower", GoUnicode.isLower), ("IsDigit", GoUnicode.isDigit),
                             ("IsLetter", GoUnicode.isLetter), ("IsSpace", GoUnicode.isSpace)] as [(String, (GoRune) -> Bool)] {
            function("unicode", name, sig([.rune], [bool])) { c in [.bool(pred(GoRune(truncatingIfNeeded: c[0].i)))] }
        }
        function("unicode", "ToUpper", sig([.rune], [.rune])) { c in [.int(Int64(GoUnicode.toUpper(GoRune(truncatingIfNeeded: c[0].i))))] }
        function("unicode", "ToLower", sig([.rune], [.rune])) { c in [.int(Int64(GoUnicode.toLower(GoRune(truncatingIfNeeded: c[0].i))))] }
        function("unicode/utf8", "RuneCountInString", sig([str], [int])) { c in [.int(Int64(GoUTF8.runeCount(c[0].s)))] }
        function("unicode/utf8", "RuneLen", sig([.rune], [int])) { c in [.int(Int64(GoUTF8.runeLen(GoRune(truncatingIfNeeded: c[0].i))))] }
        function("unicode/utf8", "DecodeRuneInString", sig([str], [.rune, int])) { c in
            let (r, n) = GoUTF8.decodeRune(c[0].s); return [.int(Int64(r)), .int(Int64(n))]
        }
        function("unicode/utf8", "ValidString", sig([str], [bool])) { c in [.bool(GoUTF8.valid(c[0].s))] }
        constant("unicode/utf8", "RuneError", .untypedRune, .integer(0xFFFD))

        // io.Writer, os.Stdout/Stderr, fmt.Fprint*
        let writer = ioWriterType
        let osPkg = PackageRef(path: "os", name: "os")
        let file = T.newNamed("File", package: osPkg)
        file.named?.setUnderlying(T.structure([StructField(name: "fd", type: int, package: osPkg)]))
        type("os", "File", file)
        let filePtr = T.pointer(to: file)
        func writeFile(_ c: NativeCall, _ fd: Int64, _ bytes: [UInt8]) {
            if fd == 1 { c.vm.write(bytes) } else { c.vm.flush(); c.vm.errorOutput(String(decoding: bytes, as: UTF8.self)) }
        }
        // As Go's os.File, a nil *File answers os.ErrInvalid instead of panicking.
        let errInvalid = errorValue("invalid argument")
        method(file, "Write", pointer: true, sig([T.slice(of: .byte)], [int, .error])) { c in
            guard case .obj(let o) = c[0], let box = o as? Box else { return [.int(0), errInvalid] }
            let bytes = c.vm.sliceElements(c[1]).map { UInt8(truncatingIfNeeded: $0.i) }
            writeFile(c, box.f[0].i, bytes)
            return [.int(Int64(bytes.count)), .none]
        }
        method(file, "WriteString", pointer: true, sig([str], [int, .error])) { c in
            guard case .obj(let o) = c[0], let box = o as? Box else { return [.int(0), errInvalid] }
            writeFile(c, box.f[0].i, c[1].s)
            return [.int(Int64(c[1].s.count)), .none]
        }
        variable("os", "Stdout", filePtr, .obj(Cell(.obj(Box([.int(1)])))))
        variable("os", "Stderr", filePtr, .obj(Cell(.obj(Box([.int(2)])))))
        func fprint(_ c: NativeCall, _ bytes: [UInt8]) throws(GoPanicError) -> [Value] {
            guard case .obj(let o) = c[0], let iv = o as? IfaceVal else { throw .runtime("invalid memory address or nil pointer dereference") }
            let m = try c.vm.resolve(iv.type, "Write")
            let recv = try m.receiver(iv.value)
            let arg = Value.obj(SliceVal(base: Box(bytes.map { .int(Int64($0)) }), off: 0, len: bytes.count, cap: bytes.count))
            switch m.target {
            case .native(let n): return try n.call(NativeCall(args: [recv, arg], vm: c.vm, goroutine: c.goroutine))
            case .interpreted(let ref): return try c.vm.callSync(c.goroutine, .obj(Closure(proto: ref.proto, captures: [], receiver: recv)), [arg])
            }
        }
        let printer = { (c: NativeCall) in ValuePrinter(vm: c.vm, g: c.goroutine) }
        function("fmt", "Fprintf", sig([writer, str, anySlice], [int, .error], variadic: true)) { c in
            var f = GoFormatter()
            GoPrintf.format(c[1].s, InterpretedArguments(values: c.vm.sliceElements(c[2]), printer: printer(c)), into: &f)
            return try fprint(c, f.output)
        }
        function("fmt", "Fprintln", sig([writer, anySlice], [int, .error], variadic: true)) { c in
            var f = GoFormatter()
            GoPrintf.println(InterpretedArguments(values: c.vm.sliceElements(c[1]), printer: printer(c)), into: &f)
            return try fprint(c, f.output)
        }
        function("fmt", "Fprint", sig([writer, anySlice], [int, .error], variadic: true)) { c in
            var f = GoFormatter()
            let a = InterpretedArguments(values: c.vm.sliceElements(c[1]), printer: printer(c))
            GoPrintf.print(a, isString: { a.isString($0) }, into: &f)
            return try fprint(c, f.output)
        }
    }

    static func numError(_ r: NativeRegistry, _ e: GoNumError) -> Value {
        r.numErrorValue(e)
    }
}
