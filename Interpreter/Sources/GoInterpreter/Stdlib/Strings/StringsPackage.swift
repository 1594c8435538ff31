import GoStdlibCore

/// Host state of a `strings.Replacer` (built once by NewReplacer, immutable after).
final class ReplacerHandle {
    let replacer: GoReplacer
    init(_ replacer: GoReplacer) { self.replacer = replacer }
}

extension NativeRegistry {
    /// The rest of `strings` beyond the common functions: Reader, Replacer, the Func and
    /// Last* variants, Title, Clone, and Builder's remaining methods.
    func installStringsPackage() {
        let T = table
        let str = GoType.string, int = GoType.int, bool = GoType.bool
        let strSlice = T.slice(of: str)
        let predicate = sig([.rune], [bool])
        func f(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (NativeCall) throws -> [Value]) {
            function("strings", name, sig(params, results), body)
        }
        func rune(_ v: Value) -> GoRune { GoRune(truncatingIfNeeded: v.i) }

        f("LastIndexByte", [str, .byte], [int]) { c in [.int(Int64(GoStrings.lastIndexByte(c[0].s, UInt8(truncatingIfNeeded: c[1].i))))] }
        f("LastIndexAny", [str, str], [int]) { c in [.int(Int64(GoStrings.lastIndexAny(c[0].s, c[1].s)))] }
        f("LastIndexFunc", [str, predicate], [int]) { c in
            var cb = RuneCallback(c, c[1]); let i = GoStrings.lastIndexFunc(c[0].s) { cb.predicate($0) }; try cb.check(); return [.int(Int64(i))]
        }
        f("ContainsFunc", [str, predicate], [bool]) { c in
            var cb = RuneCallback(c, c[1]); let i = GoStrings.indexFunc(c[0].s) { cb.predicate($0) }; try cb.check(); return [.bool(i >= 0)]
        }
        f("TrimLeftFunc", [str, predicate], [str]) { c in
            var cb = RuneCallback(c, c[1]); let r = GoStrings.trimLeftFunc(c[0].s) { cb.predicate($0) }; try cb.check(); return [.str(r)]
        }
        f("TrimRightFunc", [str, predicate], [str]) { c in
            var cb = RuneCallback(c, c[1]); let r = GoStrings.trimRightFunc(c[0].s) { cb.predicate($0) }; try cb.check(); return [.str(r)]
        }
        f("SplitAfterN", [str, str, int], [strSlice]) { c in
            c[2].i == 0 ? [.none] : [stringSliceValue(GoStrings.splitAfterN(c[0].s, c[1].s, Int(c[2].i)))]
        }
        // SplitN(s, sep, 0) is nil in Go, not an empty slice.
        if let splitN = packages["strings"]?.functions["SplitN"] {
            f("SplitN", [str, str, int], [strSlice]) { c in c[2].i == 0 ? [.none] : try splitN.1.call(c) }
        }
        f("Title", [str], [str]) { c in [.str(GoStrings.title(c[0].s))] }
        f("ToValidUTF8", [str, str], [str]) { c in [.str(GoStrings.toValidUTF8(c[0].s, c[1].s))] }
        f("Clone", [str], [str]) { c in [c[0]] }
        f("ContainsRune", [str, .rune], [bool]) { c in [.bool(GoStrings.containsRune(c[0].s, rune(c[1])))] }

        // Builder: the methods StandardPackages does not declare.
        if let builder = packages["strings"]?.types["Builder"] {
            func buffer(_ v: Value) -> ByteBuffer {
                let b = unsafeDowncast(v.o!, to: Box.self)
                if case .obj(let h) = b.f[0] { return unsafeDowncast(h, to: ByteBuffer.self) }
                let h = ByteBuffer(); b.f[0] = .obj(h); return h
            }
            method(builder, "Write", pointer: true, sig([T.slice(of: .byte)], [int, .error])) { c in
                let bytes = bytesOfSlice(c[1]); buffer(c[0]).value += bytes; return [.int(Int64(bytes.count)), .none]
            }
            method(builder, "Grow", pointer: true, sig([int], [])) { c in
                if c[1].i < 0 { throw GoPanicError.plain("strings.Builder.Grow: negative count") }
                try c.checkAllocation(buffer(c[0]).value.count &+ Int(c[1].i))
                buffer(c[0]).value.reserveCapacity(buffer(c[0]).value.count + Int(c[1].i))
                return []
            }
        }

        // Replacer
        let pkg = PackageRef(path: "strings", name: "strings")
        let replacer = T.newNamed("Replacer", package: pkg)
        replacer.named?.setUnderlying(T.structure([StructField(name: "impl", type: .any, package: pkg)]))
        type("strings", "Replacer", replacer)
        func handle(_ v: Value) throws(GoPanicError) -> GoReplacer {
            guard case .obj(let o) = v, let b = o as? Box, case .obj(let h) = b.f[0] else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return unsafeDowncast(h, to: ReplacerHandle.self).replacer
        }
        function("strings", "NewReplacer", sig([strSlice], [T.pointer(to: replacer)], variadic: true)) { c in
            do {
                let r = try GoReplacer(c.vm.sliceElements(c[0]).map(\.s))
                return [.obj(Box([.obj(ReplacerHandle(r))]))]
            } catch { throw GoPanicError.plain((error as? GoPanic)?.message ?? "\(error)") }
        }
        method(replacer, "Replace", pointer: true, sig([str], [str])) { c in [.str(try handle(c[0]).replace(c[1].s))] }
        method(replacer, "WriteString", pointer: true, sig([ioWriterType, str], [int, .error])) { c in
            let replaced = try handle(c[0]).replace(c[2].s)
            return try c.vm.callInterfaceMethod(c.goroutine, c[1], "Write", [byteSliceValue(replaced)])
        }

        installByteReader(package: "strings", constructorArgument: str) { $0.s }
    }

    /// The whole `bytes` package.
    func installBytesPackage() {
        installBytesFunctions()
        installBytesBuffer()
        installByteReader(package: "bytes", constructorArgument: table.slice(of: .byte)) { bytesOfSlice($0) }
        // Seek's whence values, shared by strings.Reader and bytes.Reader.
        constant("io", "SeekStart", .untypedInt, .integer(0))
        constant("io", "SeekCurrent", .untypedInt, .integer(1))
        constant("io", "SeekEnd", .untypedInt, .integer(2))
    }
}
