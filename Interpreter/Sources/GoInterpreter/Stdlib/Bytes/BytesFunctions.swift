import GoStdlibCore

/// Calls a Go `func(rune) rune` or `func(rune) bool` from a Swift closure that cannot throw:
/// the first panic is kept and rethrown once the algorithm returns.
struct RuneCallback {
    let call: NativeCall
    let function: Value
    var failure: GoPanicError? = nil

    init(_ call: NativeCall, _ function: Value) { self.call = call; self.function = function }

    mutating func value(_ r: GoRune) -> Int64 {
        if failure != nil { return 0 }
        do { return try call.vm.callSync(call.goroutine, function, [.int(Int64(r))]).first?.i ?? 0 } catch { failure = error; return 0 }
    }
    mutating func predicate(_ r: GoRune) -> Bool { value(r) != 0 }
    func check() throws(GoPanicError) { if let f = failure { throw f } }
}

extension NativeRegistry {
    /// The `bytes` package functions: the same algorithms as `strings` (GoStdlibCore works on
    /// bytes), returning new slices. Go returns sub-slices of the argument; here results are
    /// copies, which only shows if a program writes through a result into the original.
    func installBytesFunctions() {
        let T = table
        let int = GoType.int, bool = GoType.bool
        let bs = T.slice(of: .byte)
        let bss = T.slice(of: bs)
        func b(_ v: Value) -> [UInt8] { bytesOfSlice(v) }
        func out(_ bytes: [UInt8]) -> Value { byteSliceValue(bytes) }
        /// Go returns nil (not an empty slice) from these when nothing is left.
        func outOrNil(_ bytes: [UInt8], _ original: Value) -> Value { bytes.isEmpty && original.isNone ? .none : byteSliceValue(bytes) }
        func slices(_ parts: [[UInt8]]) -> Value {
            let values = parts.map { byteSliceValue($0) }
            return .obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count))
        }
        func rune(_ v: Value) -> GoRune { GoRune(truncatingIfNeeded: v.i) }
        func byte(_ v: Value) -> UInt8 { UInt8(truncatingIfNeeded: v.i) }
        func f(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (NativeCall) throws -> [Value]) {
            function("bytes", name, sig(params, results), body)
        }

        // Comparison and search.
        f("Equal", [bs, bs], [bool]) { c in [.bool(b(c[0]) == b(c[1]))] }
        f("Compare", [bs, bs], [int]) { c in [.int(Int64(GoStrings.compare(b(c[0]), b(c[1]))))] }
        f("EqualFold", [bs, bs], [bool]) { c in [.bool(GoStrings.equalFold(b(c[0]), b(c[1])))] }
        f("Contains", [bs, bs], [bool]) { c in [.bool(GoStrings.contains(b(c[0]), b(c[1])))] }
        f("ContainsAny", [bs, .string], [bool]) { c in [.bool(GoStrings.containsAny(b(c[0]), c[1].s))] }
        f("ContainsRune", [bs, .rune], [bool]) { c in [.bool(GoStrings.containsRune(b(c[0]), rune(c[1])))] }
        f("ContainsFunc", [bs, sig([.rune], [bool])], [bool]) { c in
            var cb = RuneCallback(c, c[1]); let i = GoStrings.indexFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [.bool(i >= 0)]
        }
        f("HasPrefix", [bs, bs], [bool]) { c in [.bool(GoStrings.hasPrefix(b(c[0]), b(c[1])))] }
        f("HasSuffix", [bs, bs], [bool]) { c in [.bool(GoStrings.hasSuffix(b(c[0]), b(c[1])))] }
        f("Count", [bs, bs], [int]) { c in [.int(Int64(GoStrings.count(b(c[0]), b(c[1]))))] }
        f("Index", [bs, bs], [int]) { c in [.int(Int64(GoStrings.index(b(c[0]), b(c[1]))))] }
        f("LastIndex", [bs, bs], [int]) { c in [.int(Int64(GoStrings.lastIndex(b(c[0]), b(c[1]))))] }
        f("IndexByte", [bs, .byte], [int]) { c in [.int(Int64(GoStrings.indexByte(b(c[0]), byte(c[1]))))] }
        f("LastIndexByte", [bs, .byte], [int]) { c in [.int(Int64(GoStrings.lastIndexByte(b(c[0]), byte(c[1]))))] }
        f("IndexRune", [bs, .rune], [int]) { c in [.int(Int64(GoStrings.indexRune(b(c[0]), rune(c[1]))))] }
        f("IndexAny", [bs, .string], [int]) { c in [.int(Int64(GoStrings.indexAny(b(c[0]), c[1].s)))] }
        f("LastIndexAny", [bs, .string], [int]) { c in [.int(Int64(GoStrings.lastIndexAny(b(c[0]), c[1].s)))] }
        f("IndexFunc", [bs, sig([.rune], [bool])], [int]) { c in
            var cb = RuneCallback(c, c[1]); let i = GoStrings.indexFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [.int(Int64(i))]
        }
        f("LastIndexFunc", [bs, sig([.rune], [bool])], [int]) { c in
            var cb = RuneCallback(c, c[1]); let i = GoStrings.lastIndexFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [.int(Int64(i))]
        }

        // Splitting and joining.
        f("Split", [bs, bs], [bss]) { c in [slices(GoStrings.split(b(c[0]), b(c[1])))] }
        f("SplitN", [bs, bs, int], [bss]) { c in
            let parts = GoStrings.splitN(b(c[0]), b(c[1]), Int(c[2].i))
            return [c[2].i == 0 ? .none : slices(parts)]
        }
        f("SplitAfter", [bs, bs], [bss]) { c in [slices(GoStrings.splitAfter(b(c[0]), b(c[1])))] }
        f("SplitAfterN", [bs, bs, int], [bss]) { c in
            let parts = GoStrings.splitAfterN(b(c[0]), b(c[1]), Int(c[2].i))
            return [c[2].i == 0 ? .none : slices(parts)]
        }
        f("Fields", [bs], [bss]) { c in [slices(GoStrings.fields(b(c[0])))] }
        f("FieldsFunc", [bs, sig([.rune], [bool])], [bss]) { c in
            var cb = RuneCallback(c, c[1]); let parts = GoStrings.fieldsFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [slices(parts)]
        }
        f("Join", [bss, bs], [bs]) { c in
            let parts = c.vm.sliceElements(c[0]).map(bytesOfSlice)
            if parts.isEmpty { return [byteSliceValue([])] }
            return [out(GoStrings.join(parts, b(c[1])))]
        }
        f("Cut", [bs, bs], [bs, bs, bool]) { c in
            let r = GoStrings.cut(b(c[0]), b(c[1]))
            return r.found ? [out(r.before), out(r.after), .bool(true)] : [c[0], .none, .bool(false)]
        }
        f("CutPrefix", [bs, bs], [bs, bool]) { c in let r = GoStrings.cutPrefix(b(c[0]), b(c[1])); return [r.1 ? out(r.0) : c[0], .bool(r.1)] }
        f("CutSuffix", [bs, bs], [bs, bool]) { c in let r = GoStrings.cutSuffix(b(c[0]), b(c[1])); return [r.1 ? out(r.0) : c[0], .bool(r.1)] }

        // Transformations.
        f("ToUpper", [bs], [bs]) { c in [out(GoStrings.toUpper(b(c[0])))] }
        f("ToLower", [bs], [bs]) { c in [out(GoStrings.toLower(b(c[0])))] }
        f("ToTitle", [bs], [bs]) { c in [out(GoStrings.toTitle(b(c[0])))] }
        f("Title", [bs], [bs]) { c in [out(GoStrings.title(b(c[0])))] }
        f("ToValidUTF8", [bs, bs], [bs]) { c in [out(GoStrings.toValidUTF8(b(c[0]), b(c[1])))] }
        f("Repeat", [bs, int], [bs]) { c in
            try c.checkRepeat(sliceLength(c[0]), Int(c[1].i))
            do { return [out(try GoStrings.repeatString(b(c[0]), count: Int(c[1].i)))] } catch {
                let message = (error as? GoPanic)?.message ?? "\(error)"
                throw GoPanicError.plain(message.hasPrefix("strings:") ? "bytes:" + message.dropFirst(8) : message)
            }
        }
        f("Replace", [bs, bs, bs, int], [bs]) { c in [out(GoStrings.replace(b(c[0]), b(c[1]), b(c[2]), Int(c[3].i)))] }
        f("ReplaceAll", [bs, bs, bs], [bs]) { c in [out(GoStrings.replace(b(c[0]), b(c[1]), b(c[2]), -1))] }
        f("Map", [sig([.rune], [.rune]), bs], [bs]) { c in
            var cb = RuneCallback(c, c[0]); let r = GoStrings.map(b(c[1])) { GoRune(truncatingIfNeeded: cb.value($0)) }; try cb.check(); return [out(r)]
        }
        f("Runes", [bs], [T.slice(of: .rune)]) { c in
            let runes = GoUTF8.runes(b(c[0])).map { Value.int(Int64($0)) }
            return [.obj(SliceVal(base: Box(runes), off: 0, len: runes.count, cap: runes.count))]
        }
        f("Clone", [bs], [bs]) { c in [c[0].isNone ? .none : out(b(c[0]))] }

        // Trimming.
        f("TrimSpace", [bs], [bs]) { c in let r = GoStrings.trimSpace(b(c[0])); return [r.isEmpty ? .none : out(r)] }
        f("Trim", [bs, .string], [bs]) { c in let r = GoStrings.trim(b(c[0]), c[1].s); return [r.isEmpty ? .none : out(r)] }
        f("TrimLeft", [bs, .string], [bs]) { c in let r = GoStrings.trimLeft(b(c[0]), c[1].s); return [r.isEmpty ? .none : out(r)] }
        f("TrimRight", [bs, .string], [bs]) { c in let r = GoStrings.trimRight(b(c[0]), c[1].s); return [outOrNil(r, c[0])] }
        f("TrimPrefix", [bs, bs], [bs]) { c in [outOrNil(GoStrings.trimPrefix(b(c[0]), b(c[1])), c[0])] }
        f("TrimSuffix", [bs, bs], [bs]) { c in [outOrNil(GoStrings.trimSuffix(b(c[0]), b(c[1])), c[0])] }
        f("TrimFunc", [bs, sig([.rune], [bool])], [bs]) { c in
            var cb = RuneCallback(c, c[1]); let r = GoStrings.trimFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [r.isEmpty ? .none : out(r)]
        }
        f("TrimLeftFunc", [bs, sig([.rune], [bool])], [bs]) { c in
            var cb = RuneCallback(c, c[1]); let r = GoStrings.trimLeftFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [r.isEmpty ? .none : out(r)]
        }
        f("TrimRightFunc", [bs, sig([.rune], [bool])], [bs]) { c in
            var cb = RuneCallback(c, c[1]); let r = GoStrings.trimRightFunc(b(c[0])) { cb.predicate($0) }; try cb.check(); return [outOrNil(r, c[0])]
        }
    }
}
