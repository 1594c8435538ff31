import GoStdlibCore

/// Host state of a `bufio.Reader`: `buffer[r..<w]` is buffered input, as in Go.
final class BufferedReaderState {
    var reader: Value
    var buffer: [UInt8]
    var r = 0
    var w = 0
    var error: Value = .none
    var lastByte = -1
    var lastRuneSize = -1
    init(reader: Value, size: Int) { self.reader = reader; buffer = Array(repeating: 0, count: size) }
    var buffered: Int { w - r }

    /// Returns the pending error and clears it.
    func takeError() -> Value { let e = error; error = .none; return e }
}

extension NativeRegistry {
    func installBufioReader() {
        let T = table
        let int = GoType.int, bool = GoType.bool, str = GoType.string
        let byteSlice = T.slice(of: .byte)
        let pkg = PackageRef(path: "bufio", name: "bufio")
        let readerType = T.newNamed("Reader", package: pkg)
        readerType.named?.setUnderlying(T.structure([StructField(name: "state", type: .any, package: pkg)]))
        type("bufio", "Reader", readerType)
        let readerPointer = T.pointer(to: readerType)
        let ioReader = packages["io"]?.types["Reader"] ?? .any

        let errBufferFull = errorValue("bufio: buffer full")
        let errNegativeCount = errorValue("bufio: negative count")
        let errInvalidUnreadByte = errorValue("bufio: invalid use of UnreadByte")
        let errInvalidUnreadRune = errorValue("bufio: invalid use of UnreadRune")
        let errNoProgress = errorValue("multiple Read calls return no data or error")
        variable("bufio", "ErrBufferFull", .error, .obj(Cell(errBufferFull)))
        variable("bufio", "ErrNegativeCount", .error, .obj(Cell(errNegativeCount)))
        variable("bufio", "ErrInvalidUnreadByte", .error, .obj(Cell(errInvalidUnreadByte)))
        variable("bufio", "ErrInvalidUnreadRune", .error, .obj(Cell(errInvalidUnreadRune)))

        func state(_ v: Value) throws(GoPanicError) -> BufferedReaderState {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0] else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return unsafeDowncast(h, to: BufferedReaderState.self)
        }
        /// One Read from the underlying reader into `target` (a fresh []byte of `count` bytes).
        func readUnderlying(_ c: NativeCall, _ s: BufferedReaderState, count: Int) throws(GoPanicError) -> ([UInt8], Value) {
            let window = byteSliceValue(repeatElement(0, count: count))
            let result = try c.vm.callInterfaceMethod(c.goroutine, s.reader, "Read", [window])
            let n = Int(result[0].i)
            if n < 0 || n > count { throw GoPanicError.plain("bufio: reader returned negative count from Read") }
            return (Array(bytesOfSlice(window).prefix(n)), result[1])
        }
        /// Go's fill: slide data down, then read until something arrives (at most 100 tries).
        func fill(_ c: NativeCall, _ s: BufferedReaderState) throws(GoPanicError) {
            if s.r > 0 {
                s.buffer.replaceSubrange(0..<s.buffered, with: s.buffer[s.r..<s.w])
                s.w -= s.r
                s.r = 0
            }
            if s.w >= s.buffer.count { throw GoPanicError.plain("bufio: tried to fill full buffer") }
            for _ in 0..<100 {
                let (bytes, err) = try readUnderlying(c, s, count: s.buffer.count - s.w)
                s.buffer.replaceSubrange(s.w..<(s.w + bytes.count), with: bytes)
                s.w += bytes.count
                if !err.isNone { s.error = err; return }
                if !bytes.isEmpty { return }
            }
            s.error = errNoProgress
        }
        /// Go's ReadSlice: bytes up to and including `delim` within the buffer.
        func readSlice(_ c: NativeCall, _ s: BufferedReaderState, _ delim: UInt8) throws(GoPanicError) -> ([UInt8], Value) {
            var searched = 0
            var line: [UInt8]
            var err: Value = .none
            while true {
                if let i = s.buffer[(s.r + searched)..<s.w].firstIndex(of: delim) {
                    line = Array(s.buffer[s.r...i])
                    s.r = i + 1
                    break
                }
                if !s.error.isNone {
                    line = Array(s.buffer[s.r..<s.w])
                    s.r = s.w
                    err = s.takeError()
                    break
                }
                if s.buffered >= s.buffer.count {
                    s.r = s.w
                    line = s.buffer
                    err = errBufferFull
                    break
                }
                searched = s.w - s.r
                try fill(c, s)
            }
            if let last = line.last { s.lastByte = Int(last); s.lastRuneSize = -1 }
            return (line, err)
        }
        /// ReadBytes/ReadString: ReadSlice until it stops reporting a full buffer.
        func readUntil(_ c: NativeCall, _ s: BufferedReaderState, _ delim: UInt8) throws(GoPanicError) -> ([UInt8], Value) {
            var collected: [UInt8] = []
            while true {
                let (part, err) = try readSlice(c, s, delim)
                collected += part
                if valuesEqual(err, errBufferFull) { continue }
                return (collected, err)
            }
        }
        func m(_ name: String, _ params: [GoType], _ results: [GoType], _ body: @escaping (BufferedReaderState, NativeCall) throws -> [Value]) {
            method(readerType, name, pointer: true, sig(params, results)) { c in try body(try state(c[0]), c) }
        }

        m("Read", [byteSlice], [int, .error]) { s, c in
            let wanted = sliceLength(c[1])
            if wanted == 0 { return [.int(0), s.buffered > 0 ? .none : s.takeError()] }
            if s.r == s.w {
                if !s.error.isNone { return [.int(0), s.takeError()] }
                if wanted >= s.buffer.count {
                    // A large read into an empty buffer goes straight to the caller's slice.
                    let (bytes, err) = try readUnderlying(c, s, count: wanted)
                    s.error = err
                    _ = fillByteSlice(c[1], bytes)
                    if let last = bytes.last { s.lastByte = Int(last); s.lastRuneSize = -1 }
                    return [.int(Int64(bytes.count)), s.takeError()]
                }
                s.r = 0
                s.w = 0
                let (bytes, err) = try readUnderlying(c, s, count: s.buffer.count)
                s.error = err
                if bytes.isEmpty { return [.int(0), s.takeError()] }
                s.buffer.replaceSubrange(0..<bytes.count, with: bytes)
                s.w = bytes.count
            }
            let n = fillByteSlice(c[1], s.buffer[s.r..<s.w])
            s.r += n
            s.lastByte = Int(s.buffer[s.r - 1])
            s.lastRuneSize = -1
            return [.int(Int64(n)), .none]
        }
        m("ReadByte", [], [.byte, .error]) { s, c in
            s.lastRuneSize = -1
            while s.r == s.w {
                if !s.error.isNone { return [.int(0), s.takeError()] }
                try fill(c, s)
            }
            let b = s.buffer[s.r]
            s.r += 1
            s.lastByte = Int(b)
            return [.int(Int64(b)), .none]
        }
        m("UnreadByte", [], [.error]) { s, _ in
            if s.lastByte < 0 || (s.r == 0 && s.w > 0) { return [errInvalidUnreadByte] }
            if s.r > 0 { s.r -= 1 } else { s.w = 1 }
            s.buffer[s.r] = UInt8(s.lastByte)
            s.lastByte = -1
            s.lastRuneSize = -1
            return [.none]
        }
        m("ReadRune", [], [.rune, int, .error]) { s, c in
            while s.r + 4 > s.w && !GoUTF8.fullRune(Array(s.buffer[s.r..<s.w])) && s.error.isNone && s.buffered < s.buffer.count {
                try fill(c, s)
            }
            s.lastRuneSize = -1
            if s.r == s.w { return [.int(0), .int(0), s.takeError()] }
            var rune = GoRune(s.buffer[s.r]), size = 1
            if rune >= 0x80 { (rune, size) = GoUTF8.decodeRune(Array(s.buffer[s.r..<min(s.w, s.r + 4)])) }
            s.r += size
            s.lastByte = Int(s.buffer[s.r - 1])
            s.lastRuneSize = size
            return [.int(Int64(rune)), .int(Int64(size)), .none]
        }
        m("UnreadRune", [], [.error]) { s, _ in
            if s.lastRuneSize < 0 || s.r < s.lastRuneSize { return [errInvalidUnreadRune] }
            s.r -= s.lastRuneSize
            s.lastByte = -1
            s.lastRuneSize = -1
            return [.none]
        }
        m("ReadSlice", [.byte], [byteSlice, .error]) { s, c in
            let (line, err) = try readSlice(c, s, UInt8(truncatingIfNeeded: c[1].i)); return [byteSliceValue(line), err]
        }
        m("ReadBytes", [.byte], [byteSlice, .error]) { s, c in
            let (line, err) = try readUntil(c, s, UInt8(truncatingIfNeeded: c[1].i)); return [byteSliceValue(line), err]
        }
        m("ReadString", [.byte], [str, .error]) { s, c in
            let (line, err) = try readUntil(c, s, UInt8(truncatingIfNeeded: c[1].i)); return [.str(line), err]
        }
        m("ReadLine", [], [byteSlice, bool, .error]) { s, c in
            var (line, err) = try readSlice(c, s, 0x0A)
            if valuesEqual(err, errBufferFull) {
                // A "\r\n" split across the buffer boundary: keep the '\r' for the next call.
                if line.last == 0x0D { s.r -= 1; line.removeLast() }
                return [byteSliceValue(line), .bool(true), .none]
            }
            if line.isEmpty { return [err.isNone ? byteSliceValue(line) : .none, .bool(false), err] }
            if line.last == 0x0A {
                line.removeLast()
                if line.last == 0x0D { line.removeLast() }
            }
            return [byteSliceValue(line), .bool(false), .none]
        }
        m("Peek", [int], [byteSlice, .error]) { s, c in
            var n = Int(c[1].i)
            if n < 0 { return [.none, errNegativeCount] }
            s.lastByte = -1
            s.lastRuneSize = -1
            while s.buffered < n && s.buffered < s.buffer.count && s.error.isNone { try fill(c, s) }
            if n > s.buffer.count { return [byteSliceValue(s.buffer[s.r..<s.w]), errBufferFull] }
            var err: Value = .none
            if s.buffered < n {
                n = s.buffered
                err = s.takeError()
                if err.isNone { err = errBufferFull }
            }
            return [byteSliceValue(s.buffer[s.r..<(s.r + n)]), err]
        }
        m("Discard", [int], [int, .error]) { s, c in
            let n = Int(c[1].i)
            if n < 0 { return [.int(0), errNegativeCount] }
            s.lastByte = -1
            s.lastRuneSize = -1
            var remaining = n
            while true {
                var skip = s.buffered
                if skip == 0 { try fill(c, s); skip = s.buffered }
                skip = min(skip, remaining)
                s.r += skip
                remaining -= skip
                if remaining == 0 { return [.int(Int64(n)), .none] }
                if !s.error.isNone { return [.int(Int64(n - remaining)), s.takeError()] }
            }
        }
        m("Buffered", [], [int]) { s, _ in [.int(Int64(s.buffered))] }
        m("Size", [], [int]) { s, _ in [.int(Int64(s.buffer.count))] }
        m("Reset", [ioReader], []) { s, c in
            s.reader = c[1]; s.r = 0; s.w = 0; s.error = .none; s.lastByte = -1; s.lastRuneSize = -1
            return []
        }
        m("WriteTo", [ioWriterType], [.int64, .error]) { s, c in
            var total: Int64 = 0
            while true {
                if s.buffered > 0 {
                    let r = try c.vm.callInterfaceMethod(c.goroutine, c[1], "Write", [byteSliceValue(s.buffer[s.r..<s.w])])
                    s.r += Int(r[0].i)
                    total += r[0].i
                    if !r[1].isNone { return [.int(total), r[1]] }
                }
                if !s.error.isNone {
                    let err = s.takeError()
                    return [.int(total), valuesEqual(err, self.ioEOF) ? .none : err]
                }
                try fill(c, s)
            }
        }
        function("bufio", "NewReader", sig([ioReader], [readerPointer])) { c in
            [.obj(Box([.obj(BufferedReaderState(reader: c[0], size: 4096))]))]
        }
        function("bufio", "NewReaderSize", sig([ioReader, int], [readerPointer])) { c in
            try c.checkAllocation(Int(c[1].i))
            return [.obj(Box([.obj(BufferedReaderState(reader: c[0], size: max(Int(c[1].i), 16)))]))]
        }
    }
}
