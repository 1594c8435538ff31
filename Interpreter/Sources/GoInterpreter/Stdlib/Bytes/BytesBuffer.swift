import GoStdlibCore

/// The host state of a `bytes.Buffer`, kept in the struct's hidden field: the bytes written
/// and not yet read are `data[readOffset...]`. `capacity` follows Go's growth rules so `Cap()`
/// answers what Go answers, even though Swift's array manages its own storage.
final class BufferState {
    var data: [UInt8] = []
    var readOffset = 0
    var capacity = 0
    /// What the last operation was, for UnreadByte/UnreadRune: 0 none, -1 a byte read, n>0 a rune of n bytes.
    var lastRead = 0
    init() {}
    init(_ bytes: [UInt8], capacity: Int) { data = bytes; self.capacity = max(capacity, bytes.count) }

    var unread: ArraySlice<UInt8> { data[readOffset...] }
    var length: Int { data.count - readOffset }

    func reset() { data.removeAll(keepingCapacity: true); readOffset = 0; lastRead = 0 }

    /// Makes room for `n` more bytes as Go's `Buffer.grow` does (reslice, first small
    /// allocation of 64, slide down, or reallocate at least double), updating `capacity`.
    func grow(_ n: Int) {
        let m = length
        if m == 0 && readOffset != 0 { reset() }
        if n <= capacity - data.count { return }
        let smallBufferSize = 64
        if capacity == 0 && n <= smallBufferSize { capacity = smallBufferSize; return }
        let c = capacity
        if n <= c / 2 - m {
            // Slide the unread bytes to the front; the capacity stays.
        } else {
            let wanted = max(readOffset + m + n, 2 * (c - readOffset))
            capacity = GoSliceGrowth.grownCapacity(newLength: wanted, oldCapacity: 0, elementSize: 1)
        }
        data.removeFirst(readOffset)
        readOffset = 0
    }

    func write<C: Collection<UInt8>>(_ bytes: C) {
        lastRead = 0
        grow(bytes.count)
        data.append(contentsOf: bytes)
    }

    /// Takes up to `n` unread bytes.
    func next(_ n: Int) throws(GoPanicError) -> ArraySlice<UInt8> {
        lastRead = 0
        // Go slices buf[off:off+n]: a negative n is a slice-bounds panic, never a host trap.
        guard n >= 0 else { throw .runtime("slice bounds out of range [:\(n)]") }
        let k = min(n, length)
        let part = data[readOffset..<(readOffset + k)]
        readOffset += k
        if k > 0 { lastRead = -1 }
        return part
    }
}

extension NativeRegistry {
    /// bytes.Buffer with Go's method set; NewBuffer/NewBufferString.
    func installBytesBuffer() {
        let T = table
        let int = GoType.int, int64 = GoType.int64, str = GoType.string
        let byteSlice = T.slice(of: .byte)
        let pkg = PackageRef(path: "bytes", name: "bytes")
        let buffer = T.newNamed("Buffer", package: pkg)
        buffer.named?.setUnderlying(T.structure([StructField(name: "state", type: .any, package: pkg)]))
        type("bytes", "Buffer", buffer)
        let bufferPointer = T.pointer(to: buffer)
        let eof = ioEOF
        constant("bytes", "MinRead", .untypedInt, .integer(512))
        variable("bytes", "ErrTooLarge", .error, .obj(Cell(errorValue("bytes.Buffer: too large"))))

        func state(_ v: Value) throws(GoPanicError) -> BufferState {
            guard case .obj(let o) = v, let box = o as? Box else { throw .runtime("invalid memory address or nil pointer dereference") }
            if case .obj(let h) = box.f[0] { return unsafeDowncast(h, to: BufferState.self) }
            let s = BufferState()
            box.f[0] = .obj(s)
            return s
        }
        func newBuffer(_ s: BufferState) -> Value { .obj(Box([.obj(s)])) }
        let readerPeer = sig([byteSlice], [int, .error])

        method(buffer, "Write", pointer: true, readerPeer) { c in
            let bytes = bytesOfSlice(c[1])
            try state(c[0]).write(bytes)
            return [.int(Int64(bytes.count)), .none]
        }
        method(buffer, "WriteString", pointer: true, sig([str], [int, .error])) { c in
            try state(c[0]).write(c[1].s)
            return [.int(Int64(c[1].s.count)), .none]
        }
        method(buffer, "WriteByte", pointer: true, sig([.byte], [.error])) { c in
            try state(c[0]).write(CollectionOfOne(UInt8(truncatingIfNeeded: c[1].i)))
            return [.none]
        }
        method(buffer, "WriteRune", pointer: true, sig([.rune], [int, .error])) { c in
            let encoded = GoUTF8.encodeRune(GoRune(truncatingIfNeeded: c[1].i))
            try state(c[0]).write(encoded)
            return [.int(Int64(encoded.count)), .none]
        }
        method(buffer, "String", pointer: true, sig([], [str])) { c in
            if c[0].isNone { return [.string("<nil>")] }
            return [.str(Array(try state(c[0]).unread))]
        }
        method(buffer, "Bytes", pointer: true, sig([], [byteSlice])) { c in [byteSliceValue(try state(c[0]).unread)] }
        method(buffer, "Len", pointer: true, sig([], [int])) { c in [.int(Int64(try state(c[0]).length))] }
        method(buffer, "Cap", pointer: true, sig([], [int])) { c in [.int(Int64(try state(c[0]).capacity))] }
        method(buffer, "Available", pointer: true, sig([], [int])) { c in
            let s = try state(c[0]); return [.int(Int64(s.capacity - s.data.count))]
        }
        method(buffer, "Reset", pointer: true, sig([], [])) { c in try state(c[0]).reset(); return [] }
        method(buffer, "Truncate", pointer: true, sig([int], [])) { c in
            let s = try state(c[0]), n = Int(c[1].i)
            s.lastRead = 0
            if n == 0 { s.reset(); return [] }
            if n < 0 || n > s.length { throw GoPanicError.plain("bytes.Buffer: truncation out of range") }
            s.data.removeLast(s.length - n)
            return []
        }
        method(buffer, "Grow", pointer: true, sig([int], [])) { c in
            if c[1].i < 0 { throw GoPanicError.plain("bytes.Buffer.Grow: negative count") }
            let s = try state(c[0])
            try c.checkAllocation(s.length &+ Int(c[1].i))
            s.lastRead = 0
            s.grow(Int(c[1].i))
            return []
        }
        method(buffer, "Read", pointer: true, readerPeer) { c in
            let s = try state(c[0])
            s.lastRead = 0
            if s.length == 0 {
                s.reset()
                return [.int(0), sliceLength(c[1]) == 0 ? .none : eof]
            }
            let n = fillByteSlice(c[1], s.unread)
            s.readOffset += n
            if n > 0 { s.lastRead = -1 }
            return [.int(Int64(n)), .none]
        }
        method(buffer, "Next", pointer: true, sig([int], [byteSlice])) { c in [byteSliceValue(try state(c[0]).next(Int(c[1].i)))] }
        method(buffer, "ReadByte", pointer: true, sig([], [.byte, .error])) { c in
            let s = try state(c[0])
            if s.length == 0 { s.reset(); return [.int(0), eof] }
            let b = s.data[s.readOffset]
            s.readOffset += 1
            s.lastRead = -1
            return [.int(Int64(b)), .none]
        }
        method(buffer, "ReadRune", pointer: true, sig([], [.rune, int, .error])) { c in
            let s = try state(c[0])
            if s.length == 0 { s.reset(); return [.int(0), .int(0), eof] }
            let (r, n) = GoUTF8.decodeRune(Array(s.unread.prefix(4)))
            s.readOffset += n
            s.lastRead = n
            return [.int(Int64(r)), .int(Int64(n)), .none]
        }
        method(buffer, "UnreadByte", pointer: true, sig([], [.error])) { c in
            let s = try state(c[0])
            if s.lastRead == 0 { return [self.errorValue("bytes.Buffer: UnreadByte: previous operation was not a successful read")] }
            s.lastRead = 0
            if s.readOffset > 0 { s.readOffset -= 1 }
            return [.none]
        }
        method(buffer, "UnreadRune", pointer: true, sig([], [.error])) { c in
            let s = try state(c[0])
            if s.lastRead <= 0 { return [self.errorValue("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")] }
            if s.readOffset >= s.lastRead { s.readOffset -= s.lastRead }
            s.lastRead = 0
            return [.none]
        }
        /// ReadBytes/ReadString: up to and including `delim`, or the rest and io.EOF.
        func readUntil(_ c: NativeCall) throws(GoPanicError) -> ([UInt8], Value) {
            let s = try state(c[0])
            let delim = UInt8(truncatingIfNeeded: c[1].i)
            let unread = s.unread
            if let i = unread.firstIndex(of: delim) {
                let line = Array(try s.next(i - s.readOffset + 1))
                return (line, .none)
            }
            let rest = Array(try s.next(unread.count))
            return (rest, eof)
        }
        method(buffer, "ReadBytes", pointer: true, sig([.byte], [byteSlice, .error])) { c in
            let (line, err) = try readUntil(c); return [byteSliceValue(line), err]
        }
        method(buffer, "ReadString", pointer: true, sig([.byte], [str, .error])) { c in
            let (line, err) = try readUntil(c); return [.str(line), err]
        }
        method(buffer, "WriteTo", pointer: true, sig([ioWriterType], [int64, .error])) { c in
            let s = try state(c[0])
            s.lastRead = 0
            let pending = Array(s.unread)
            if pending.isEmpty { s.reset(); return [.int(0), .none] }
            let r = try c.vm.callInterfaceMethod(c.goroutine, c[1], "Write", [byteSliceValue(pending)])
            let m = Int(r[0].i)
            if m > pending.count { throw GoPanicError.plain("bytes.Buffer.WriteTo: invalid Write count") }
            s.readOffset += m
            if !r[1].isNone { return [.int(Int64(m)), r[1]] }
            if m != pending.count { return [.int(Int64(m)), self.errorValue("short write")] }
            s.reset()
            return [.int(Int64(m)), .none]
        }
        let reader = packages["io"]?.types["Reader"] ?? .any
        method(buffer, "ReadFrom", pointer: true, sig([reader], [int64, .error])) { c in
            let s = try state(c[0])
            s.lastRead = 0
            var total: Int64 = 0
            let minRead = 512
            while true {
                s.grow(minRead)
                // Read into a scratch slice as large as the free capacity, like Go reads into buf[len:cap].
                let room = max(s.capacity - s.data.count, minRead)
                let scratch = byteSliceValue(repeatElement(0, count: room))
                let r = try c.vm.callInterfaceMethod(c.goroutine, c[1], "Read", [scratch])
                let n = Int(r[0].i)
                if n < 0 { throw GoPanicError.plain("bytes.Buffer: reader returned negative count from Read") }
                if n > 0 { s.data.append(contentsOf: bytesOfSlice(scratch).prefix(n)) }
                total += Int64(n)
                if valuesEqual(r[1], eof) { return [.int(total), .none] }
                if !r[1].isNone { return [.int(total), r[1]] }
            }
        }

        function("bytes", "NewBuffer", sig([byteSlice], [bufferPointer])) { c in
            let capacity = (c[0].o as? SliceVal)?.cap ?? 0
            return [newBuffer(BufferState(bytesOfSlice(c[0]), capacity: capacity))]
        }
        function("bytes", "NewBufferString", sig([str], [bufferPointer])) { c in
            // []byte(s) has capacity rounded to the allocator's size class.
            let bytes = c[0].s
            return [newBuffer(BufferState(bytes, capacity: GoSliceGrowth.roundUpSize(bytes.count)))]
        }
    }
}
