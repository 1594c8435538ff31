// io: the Reader/Writer/Closer family, the shared sentinel errors, and the helpers that move
// bytes between them (ReadAll, Copy, ReadFull, WriteString, NopCloser, LimitReader, Discard).
// Installed first: other packages (fmt.Fprint*, bufio, net/http bodies) build on these types.
extension NativeRegistry {
    func installIO() {
        let T = table
        let int = GoType.int, int64 = GoType.int64
        let bytes = T.slice(of: .byte)
        let io = PackageRef(path: "io", name: "io")
        func interface(_ name: String, _ methods: [(String, [GoType], [GoType])]) -> GoType {
            let t = T.newNamed(name, package: io)
            t.named?.setUnderlying(T.interface(methods: methods.map { Method(name: $0.0, package: nil, signature: sig($0.1, $0.2)) }))
            type("io", name, t)
            return t
        }
        let read = ("Read", [bytes], [int, GoType.error])
        let write = ("Write", [bytes], [int, GoType.error])
        let close = ("Close", [GoType](), [GoType.error])
        let reader = interface("Reader", [read])
        let writer = interface("Writer", [write])
        ioWriterType = writer
        _ = interface("Closer", [close])
        let readCloser = interface("ReadCloser", [read, close])
        _ = interface("WriteCloser", [write, close])
        _ = interface("ReadWriter", [read, write])
        _ = interface("ReadWriteCloser", [read, write, close])
        _ = interface("StringWriter", [("WriteString", [.string], [int, .error])])
        _ = interface("ByteReader", [("ReadByte", [], [.byte, .error])])
        _ = interface("ByteWriter", [("WriteByte", [.byte], [.error])])
        _ = interface("RuneReader", [("ReadRune", [], [.rune, int, .error])])
        _ = interface("WriterTo", [("WriteTo", [writer], [int64, .error])])
        _ = interface("ReaderFrom", [("ReadFrom", [reader], [int64, .error])])

        let eof = errorValue("EOF")
        let unexpectedEOF = errorValue("unexpected EOF")
        ioEOF = eof
        variable("io", "EOF", .error, .obj(Cell(eof)))
        variable("io", "ErrUnexpectedEOF", .error, .obj(Cell(unexpectedEOF)))
        variable("io", "ErrShortWrite", .error, .obj(Cell(errorValue("short write"))))
        variable("io", "ErrShortBuffer", .error, .obj(Cell(errorValue("short buffer"))))
        variable("io", "ErrClosedPipe", .error, .obj(Cell(errorValue("io: read/write on closed pipe"))))

        // Discard: a writer that accepts everything.
        let discard = T.newNamed("discard", package: io)
        discard.named?.setUnderlying(T.structure([]))
        method(discard, "Write", pointer: false, sig([bytes], [int, .error])) { c in [.int(Int64(sliceLength(c[1]))), .none] }
        method(discard, "WriteString", pointer: false, sig([.string], [int, .error])) { c in [.int(Int64(c[1].s.count)), .none] }
        variable("io", "Discard", writer, .obj(Cell(.obj(IfaceVal(type: discard, value: .obj(Box([])))))))

        // NopCloser(r): r with a Close that does nothing.
        let nopCloser = T.newNamed("nopCloser", package: io)
        nopCloser.named?.setUnderlying(T.structure([StructField(name: "Reader", type: reader, package: io)]))
        let nopCloserPointer = T.pointer(to: nopCloser)
        method(nopCloser, "Read", pointer: true, sig([bytes], [int, .error])) { c in
            try c.vm.callInterfaceMethod(c.goroutine, (c[0].o as! Box).f[0], "Read", [c[1]])
        }
        method(nopCloser, "Close", pointer: true, sig([], [.error])) { _ in [.none] }
        function("io", "NopCloser", sig([reader], [readCloser])) { c in
            [.obj(IfaceVal(type: nopCloserPointer, value: .obj(Box([c[0]]))))]
        }

        // LimitReader(r, n): at most n bytes of r, then EOF.
        let limited = T.newNamed("LimitedReader", package: io)
        limited.named?.setUnderlying(T.structure([StructField(name: "R", type: reader, package: io), StructField(name: "N", type: int64, package: io)]))
        type("io", "LimitedReader", limited)
        let limitedPointer = T.pointer(to: limited)
        method(limited, "Read", pointer: true, sig([bytes], [int, .error])) { c in
            let box = c[0].o as! Box
            let remaining = box.f[1].i
            if remaining <= 0 { return [.int(0), eof] }
            var p = c[1]
            if Int64(sliceLength(p)) > remaining, let s = p.o as? SliceVal {
                p = .obj(SliceVal(base: s.base, off: s.off, len: Int(remaining), cap: s.cap))
            }
            let r = try c.vm.callInterfaceMethod(c.goroutine, box.f[0], "Read", [p])
            box.f[1] = .int(remaining - r[0].i)
            return r
        }
        function("io", "LimitReader", sig([reader, int64], [reader])) { c in
            [.obj(IfaceVal(type: limitedPointer, value: .obj(Box([c[0], c[1]]))))]
        }

        /// Reads `r` to EOF (or another error), returning the bytes and the error (nil at EOF).
        func readAll(_ c: NativeCall, _ r: Value, limit: Int64 = .max) throws(GoPanicError) -> ([UInt8], Value) {
            var data: [UInt8] = []
            let buffer = byteSliceValue(repeatElement(0, count: 4096))
            while Int64(data.count) < limit {
                let result = try c.vm.callInterfaceMethod(c.goroutine, r, "Read", [buffer])
                let n = Int(result[0].i)
                if n > 0, let s = buffer.o as? SliceVal {
                    for i in 0..<min(n, s.len) { data.append(UInt8(truncatingIfNeeded: s[i].i)) }
                }
                if !result[1].isNone {
                    return (data, valuesEqual(result[1], eof) ? .none : result[1])
                }
            }
            return (data, .none)
        }
        function("io", "ReadAll", sig([reader], [bytes, .error])) { c in
            let (data, err) = try readAll(c, c[0])
            return [byteSliceValue(data), err]
        }
        function("io", "ReadFull", sig([reader, bytes], [int, .error])) { c in
            guard let target = c[1].o as? SliceVal else { return [.int(0), .none] }
            var filled = 0
            while filled < target.len {
                let window = Value.obj(SliceVal(base: target.base, off: target.off + filled, len: target.len - filled, cap: target.cap - filled))
                let result = try c.vm.callInterfaceMethod(c.goroutine, c[0], "Read", [window])
                filled += Int(result[0].i)
                if !result[1].isNone {
                    if filled >= target.len { break }
                    if valuesEqual(result[1], eof) { return [.int(Int64(filled)), filled == 0 ? eof : unexpectedEOF] }
                    return [.int(Int64(filled)), result[1]]
                }
            }
            return [.int(Int64(filled)), .none]
        }
        func copy(_ c: NativeCall, _ dst: Value, _ src: Value, limit: Int64) throws(GoPanicError) -> [Value] {
            var written: Int64 = 0
            let chunk = Int(min(limit, 32 * 1024))
            let buffer = byteSliceValue(repeatElement(0, count: max(chunk, 1)))
            while written < limit {
                var window = buffer
                if limit - written < Int64(chunk), let s = buffer.o as? SliceVal {
                    window = .obj(SliceVal(base: s.base, off: 0, len: Int(limit - written), cap: s.cap))
                }
                let result = try c.vm.callInterfaceMethod(c.goroutine, src, "Read", [window])
                let n = Int(result[0].i)
                if n > 0, let s = window.o as? SliceVal {
                    let part = Value.obj(SliceVal(base: s.base, off: s.off, len: n, cap: s.cap))
                    let w = try c.vm.callInterfaceMethod(c.goroutine, dst, "Write", [part])
                    written += w[0].i
                    if !w[1].isNone { return [.int(written), w[1]] }
                    if Int(w[0].i) != n { return [.int(written), errorValue("short write")] }
                }
                if !result[1].isNone {
                    return [.int(written), valuesEqual(result[1], eof) ? .none : result[1]]
                }
            }
            return [.int(written), .none]
        }
        function("io", "Copy", sig([writer, reader], [int64, .error])) { c in try copy(c, c[0], c[1], limit: .max) }
        function("io", "CopyN", sig([writer, reader, int64], [int64, .error])) { c in
            let r = try copy(c, c[0], c[1], limit: c[2].i)
            if r[0].i < c[2].i, r[1].isNone { return [r[0], eof] }
            return r
        }
        function("io", "WriteString", sig([writer, .string], [int, .error])) { c in
            try c.vm.callInterfaceMethod(c.goroutine, c[0], "Write", [byteSliceValue(c[1].s)])
        }

        // io/ioutil: the deprecated names older plugins still use, sharing io's implementations.
        for name in ["ReadAll", "NopCloser"] {
            if let entry = packages["io"]?.functions[name] { packages["io/ioutil", default: Package()].functions[name] = entry }
        }
        if let discardVariable = packages["io"]?.variables["Discard"] {
            packages["io/ioutil", default: Package()].variables["Discard"] = discardVariable
        }
        installIOCombinators()
    }
}
