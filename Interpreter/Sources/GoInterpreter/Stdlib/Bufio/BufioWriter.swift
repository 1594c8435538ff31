import GoStdlibCore

/// Host state of a `bufio.Writer`: `pending` holds up to `size` bytes not yet written.
final class BufferedWriterState {
    var writer: Value
    let size: Int
    var pending: [UInt8] = []
    var error: Value = .none
    init(writer: Value, size: Int) { self.writer = writer; self.size = size; pending.reserveCapacity(size) }
    var available: Int { size - pending.count }
}

extension NativeRegistry {
    func installBufioWriter() {
        let T = table
        let int = GoType.int, str = GoType.string
        let byteSlice = T.slice(of: .byte)
        let pkg = PackageRef(path: "bufio", name: "bufio")
        let writerType = T.newNamed("Writer", package: pkg)
        writerType.named?.setUnderlying(T.structure([StructField(name: "state", type: .any, package: pkg)]))
        type("bufio", "Writer", writerType)
        let writerPointer = T.pointer(to: writerType)
        let ioWriter = ioWriterType

        func state(_ v: Value) throws(GoPanicError) -> BufferedWriterState {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0] else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return unsafeDowncast(h, to: BufferedWriterState.self)
        }
        func writeUnderlying(_ c: NativeCall, _ s: BufferedWriterState, _ bytes: some Collection<UInt8>) throws(GoPanicError) -> (Int, Value) {
            let r = try c.vm.callInterfaceMethod(c.goroutine, s.writer, "Write", [byteSliceValue(bytes)])
            return (Int(r[0].i), r[1])
        }
        func flush(_ c: NativeCall, _ s: BufferedWriterState) throws(GoPanicError) -> Value {
            if !s.error.isNone { return s.error }
            if s.pending.isEmpty { return .none }
            var (n, err) = try writeUnderlying(c, s, s.pending)
            if n < s.pending.count && err.isNone { err = self.errorValue("short write") }
            if !err.isNone {
                if n > 0 && n < s.pending.count { s.pending.removeFirst(n) } else if n >= s.pending.count { s.pending = [] }
                s.error = err
                return err
            }
            s.pending.removeAll(keepingCapacity: true)
            return .none
        }
        /// Go's Write and WriteString: fill the buffer and flush while the input does not fit.
        /// A large write into an empty buffer goes straight to the underlying writer (for
        /// WriteString only when that writer has a WriteString method, as in Go).
        func write(_ c: NativeCall, _ s: BufferedWriterState, _ input: [UInt8], asString: Bool = false) throws(GoPanicError) -> [Value] {
            var p = input[...]
            var total = 0
            var direct = !asString
            if asString, case .obj(let o) = s.writer, let iv = o as? IfaceVal {
                direct = (try? c.vm.resolve(iv.type, "WriteString")) != nil
            }
            while p.count > s.available && s.error.isNone {
                var n: Int
                if s.pending.isEmpty && direct {
                    let r = asString
                        ? try c.vm.callInterfaceMethod(c.goroutine, s.writer, "WriteString", [.str(Array(p))])
                        : try c.vm.callInterfaceMethod(c.goroutine, s.writer, "Write", [byteSliceValue(p)])
                    n = Int(r[0].i)
                    s.error = r[1]
                } else {
                    n = s.available
                    s.pending += p.prefix(n)
                    _ = try flush(c, s)
                }
                total += n
                p = p.dropFirst(n)
            }
            if !s.error.isNone { return [.int(Int64(total)), s.error] }
            s.pending += p
            total += p.count
            return [.int(Int64(total)), .none]
        }
        func m(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (BufferedWriterState, NativeCall) throws -> [Value]) {
            method(writerType, name, pointer: true, sig(params, results)) { c in try body(try state(c[0]), c) }
        }
        m("Write", [byteSlice], [int, .error]) { s, c in try write(c, s, bytesOfSlice(c[1])) }
        m("WriteString", [str], [int, .error]) { s, c in try write(c, s, c[1].s, asString: true) }
        m("WriteByte", [.byte], [.error]) { s, c in
            if !s.error.isNone { return [s.error] }
            if s.available <= 0, !(try flush(c, s)).isNone { return [s.error] }
            s.pending.append(UInt8(truncatingIfNeeded: c[1].i))
            return [.none]
        }
        m("WriteRune", [.rune], [int, .error]) { s, c in
            let encoded = GoUTF8.encodeRune(GoRune(truncatingIfNeeded: c[1].i))
            if !s.error.isNone { return [.int(0), s.error] }
            // Go flushes first unless a rune of any size (4 bytes) fits.
            if encoded.count > 1 && s.available < 4 {
                _ = try flush(c, s)
                if !s.error.isNone { return [.int(0), s.error] }
                if s.available < 4 { return try write(c, s, encoded) }
            }
            if encoded.count == 1 && s.available <= 0, !(try flush(c, s)).isNone { return [.int(0), s.error] }
            s.pending += encoded
            return [.int(Int64(encoded.count)), .none]
        }
        m("Flush", [], [.error]) { s, c in [try flush(c, s)] }
        m("Buffered", [], [int]) { s, _ in [.int(Int64(s.pending.count))] }
        m("Available", [], [int]) { s, _ in [.int(Int64(s.available))] }
        m("Size", [], [int]) { s, _ in [.int(Int64(s.size))] }
        m("Reset", [ioWriter], []) { s, c in
            s.writer = c[1]; s.pending = []; s.error = .none
            return []
        }
        let ioReader = packages["io"]?.types["Reader"] ?? .any
        m("ReadFrom", [ioReader], [.int64, .error]) { s, c in
            var total: Int64 = 0
            while true {
                let window = byteSliceValue(repeatElement(0, count: max(s.available, 1)))
                let r = try c.vm.callInterfaceMethod(c.goroutine, c[1], "Read", [window])
                let n = Int(r[0].i)
                if n > 0 {
                    let w = try write(c, s, Array(bytesOfSlice(window).prefix(n)))
                    total += w[0].i
                    if !w[1].isNone { return [.int(total), w[1]] }
                }
                if valuesEqual(r[1], self.ioEOF) { return [.int(total), .none] }
                if !r[1].isNone { return [.int(total), r[1]] }
            }
        }
        function("bufio", "NewWriter", sig([ioWriter], [writerPointer])) { c in
            [.obj(Box([.obj(BufferedWriterState(writer: c[0], size: 4096))]))]
        }
        function("bufio", "NewWriterSize", sig([ioWriter, int], [writerPointer])) { c in
            let size = Int(c[1].i)
            try c.checkAllocation(size)
            return [.obj(Box([.obj(BufferedWriterState(writer: c[0], size: size <= 0 ? 4096 : size))]))]
        }
    }

    /// The whole `bufio` package.
    func installBufioPackage() {
        let T = table
        let pkg = PackageRef(path: "bufio", name: "bufio")
        let byteSlice = T.slice(of: .byte)
        let splitFunc = T.newNamed("SplitFunc", package: pkg)
        splitFunc.named?.setUnderlying(sig([byteSlice, .bool], [.int, byteSlice, .error]))
        type("bufio", "SplitFunc", splitFunc)
        installBufioScanner(splitFunc: splitFunc, builtins: [("ScanLines", .lines), ("ScanWords", .words), ("ScanRunes", .runes), ("ScanBytes", .bytes)])
        installBufioReader()
        installBufioWriter()
        installBufioReadWriter()
    }
}

extension NativeRegistry {
    /// `bufio.ReadWriter`: a struct embedding *Reader and *Writer, so their methods are promoted.
    func installBufioReadWriter() {
        let T = table
        let pkg = PackageRef(path: "bufio", name: "bufio")
        guard let reader = packages["bufio"]?.types["Reader"], let writer = packages["bufio"]?.types["Writer"] else { return }
        let readerPointer = T.pointer(to: reader), writerPointer = T.pointer(to: writer)
        let readWriter = T.newNamed("ReadWriter", package: pkg)
        readWriter.named?.setUnderlying(T.structure([
            StructField(name: "Reader", type: readerPointer, embedded: true, package: nil),
            StructField(name: "Writer", type: writerPointer, embedded: true, package: nil),
        ]))
        type("bufio", "ReadWriter", readWriter)
        function("bufio", "NewReadWriter", sig([readerPointer, writerPointer], [T.pointer(to: readWriter)])) { c in
            [.obj(Box([c[0], c[1]]))]
        }
    }
}
