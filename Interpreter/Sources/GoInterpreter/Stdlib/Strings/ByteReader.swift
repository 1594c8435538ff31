import GoStdlibCore

extension NativeRegistry {
    /// `strings.Reader` and `bytes.Reader`: the same type in both packages, a read position
    /// over immutable bytes. Fields: f[0] the bytes (as a string value), f[1] the offset,
    /// f[2] the offset before the last ReadRune (-1 when the last operation was not one).
    func installByteReader(package path: String, constructorArgument: GoType, bytesOf: @escaping (Value) -> [UInt8]) {
        let T = table
        let int = GoType.int, int64 = GoType.int64
        let byteSlice = T.slice(of: .byte)
        let pkg = PackageRef(path: path, name: path)
        let reader = T.newNamed("Reader", package: pkg)
        reader.named?.setUnderlying(T.structure([
            StructField(name: "s", type: .string, package: pkg),
            StructField(name: "i", type: int64, package: pkg),
            StructField(name: "prevRune", type: int, package: pkg),
        ]))
        type(path, "Reader", reader)
        let readerPointer = T.pointer(to: reader)
        let eof = ioEOF
        let prefix = path + ".Reader."

        func box(_ v: Value) throws(GoPanicError) -> Box {
            guard case .obj(let o) = v, let b = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
            return b
        }
        /// The unread bytes, or nil at the end.
        func remaining(_ b: Box) -> ArraySlice<UInt8>? {
            let s = b.f[0].s, i = Int(b.f[1].i)
            return i >= s.count ? nil : s[i...]
        }
        func m(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (Box, NativeCall) throws -> [Value]) {
            method(reader, name, pointer: true, sig(params, results)) { c in try body(try box(c[0]), c) }
        }

        m("Len", [], [int]) { b, _ in [.int(Int64(remaining(b)?.count ?? 0))] }
        m("Size", [], [int64]) { b, _ in [.int(Int64(b.f[0].s.count))] }
        m("Read", [byteSlice], [int, .error]) { b, c in
            guard let rest = remaining(b) else { return [.int(0), eof] }
            b.f[2] = .int(-1)
            let n = fillByteSlice(c[1], rest)
            b.f[1] = .int(b.f[1].i + Int64(n))
            return [.int(Int64(n)), .none]
        }
        m("ReadAt", [byteSlice, int64], [int, .error]) { b, c in
            let off = c[2].i, s = b.f[0].s
            if off < 0 { return [.int(0), self.errorValue(prefix + "ReadAt: negative offset")] }
            if off >= Int64(s.count) { return [.int(0), eof] }
            let n = fillByteSlice(c[1], s[Int(off)...])
            return [.int(Int64(n)), n < sliceLength(c[1]) ? eof : .none]
        }
        m("ReadByte", [], [.byte, .error]) { b, _ in
            b.f[2] = .int(-1)
            guard let rest = remaining(b) else { return [.int(0), eof] }
            b.f[1] = .int(b.f[1].i + 1)
            return [.int(Int64(rest.first!)), .none]
        }
        m("UnreadByte", [], [.error]) { b, _ in
            if b.f[1].i <= 0 { return [self.errorValue(prefix + "UnreadByte: at beginning of " + (path == "bytes" ? "slice" : "string"))] }
            b.f[2] = .int(-1)
            b.f[1] = .int(b.f[1].i - 1)
            return [.none]
        }
        m("ReadRune", [], [.rune, int, .error]) { b, _ in
            guard let rest = remaining(b) else { b.f[2] = .int(-1); return [.int(0), .int(0), eof] }
            b.f[2] = b.f[1]
            let (r, n) = GoUTF8.decodeRune(Array(rest.prefix(4)))
            b.f[1] = .int(b.f[1].i + Int64(n))
            return [.int(Int64(r)), .int(Int64(n)), .none]
        }
        m("UnreadRune", [], [.error]) { b, _ in
            if b.f[1].i <= 0 { return [self.errorValue(prefix + "UnreadRune: at beginning of " + (path == "bytes" ? "slice" : "string"))] }
            if b.f[2].i < 0 { return [self.errorValue(prefix + "UnreadRune: previous operation was not ReadRune")] }
            b.f[1] = b.f[2]
            b.f[2] = .int(-1)
            return [.none]
        }
        m("Seek", [int64, int], [int64, .error]) { b, c in
            b.f[2] = .int(-1)
            let base: Int64
            switch c[2].i {
            case 0: base = 0
            case 1: base = b.f[1].i
            case 2: base = Int64(b.f[0].s.count)
            default: return [.int(0), self.errorValue(prefix + "Seek: invalid whence")]
            }
            let position = base &+ c[1].i
            if position < 0 { return [.int(0), self.errorValue(prefix + "Seek: negative position")] }
            b.f[1] = .int(position)
            return [.int(position), .none]
        }
        m("WriteTo", [ioWriterType], [int64, .error]) { b, c in
            b.f[2] = .int(-1)
            guard let rest = remaining(b) else { return [.int(0), .none] }
            let r = try c.vm.callInterfaceMethod(c.goroutine, c[1], "Write", [byteSliceValue(rest)])
            let written = r[0].i
            if written > Int64(rest.count) { throw GoPanicError.plain(prefix + "WriteTo: invalid Write count") }
            b.f[1] = .int(b.f[1].i + written)
            if written != Int64(rest.count) && r[1].isNone { return [.int(written), self.errorValue("short write")] }
            return [.int(written), r[1]]
        }
        m("Reset", [constructorArgument], []) { b, c in
            b.f[0] = .str(bytesOf(c[1])); b.f[1] = .int(0); b.f[2] = .int(-1)
            return []
        }
        function(path, "NewReader", sig([constructorArgument], [readerPointer])) { c in
            [.obj(Box([.str(bytesOf(c[0])), .int(0), .int(-1)]))]
        }
    }
}
