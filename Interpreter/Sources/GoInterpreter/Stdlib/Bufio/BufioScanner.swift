import GoStdlibCore

/// Host state of a `bufio.Scanner`, following Go's Scan loop: `buffer[start..<end]` holds
/// read but unconsumed input.
final class ScannerState {
    let reader: Value
    var split: Value
    var builtin: BuiltinSplit? = .lines
    var maxTokenSize = 64 * 1024
    var buffer: [UInt8] = []
    var start = 0
    var end = 0
    var token: ArraySlice<UInt8>? = nil
    var error: Value = .none
    var empties = 0
    var scanCalled = false
    var done = false
    init(reader: Value, split: Value) { self.reader = reader; self.split = split }
}

extension NativeRegistry {
    func installBufioScanner(splitFunc: GoType, builtins: [(String, BuiltinSplit)]) {
        let T = table
        let bool = GoType.bool, int = GoType.int
        let byteSlice = T.slice(of: .byte)
        let pkg = PackageRef(path: "bufio", name: "bufio")
        let eof = ioEOF
        let scanner = T.newNamed("Scanner", package: pkg)
        scanner.named?.setUnderlying(T.structure([StructField(name: "state", type: .any, package: pkg)]))
        type("bufio", "Scanner", scanner)

        let errTooLong = errorValue("bufio.Scanner: token too long")
        let errNegativeAdvance = errorValue("bufio.Scanner: SplitFunc returns negative advance count")
        let errAdvanceTooFar = errorValue("bufio.Scanner: SplitFunc returns advance count beyond input")
        let errBadReadCount = errorValue("bufio.Scanner: Read returned impossible count")
        let errFinalToken = errorValue("final token")
        let errNoProgress = errorValue("multiple Read calls return no data or error")
        variable("bufio", "ErrTooLong", .error, .obj(Cell(errTooLong)))
        variable("bufio", "ErrNegativeAdvance", .error, .obj(Cell(errNegativeAdvance)))
        variable("bufio", "ErrAdvanceTooFar", .error, .obj(Cell(errAdvanceTooFar)))
        variable("bufio", "ErrBadReadCount", .error, .obj(Cell(errBadReadCount)))
        variable("bufio", "ErrFinalToken", .error, .obj(Cell(errFinalToken)))
        constant("bufio", "MaxScanTokenSize", .untypedInt, .integer(64 * 1024))

        // The built-in split functions, callable from Go and recognised by identity.
        var builtinByFunction: [ObjectIdentifier: BuiltinSplit] = [:]
        for (name, kind) in builtins {
            function("bufio", name, sig([byteSlice, bool], [int, byteSlice, .error])) { c in
                let r = kind.split(bytesOfSlice(c[0])[...], atEOF: c[1].bool)
                return [.int(Int64(r.advance)), r.token.map { byteSliceValue($0) } ?? .none, r.error]
            }
            if let f = packages["bufio"]?.functions[name]?.1 { builtinByFunction[ObjectIdentifier(f)] = kind }
        }
        let scanLines = packages["bufio"]?.functions["ScanLines"]?.1

        func state(_ v: Value) throws(GoPanicError) -> ScannerState {
            guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0] else {
                throw .runtime("invalid memory address or nil pointer dereference")
            }
            return unsafeDowncast(h, to: ScannerState.self)
        }
        func setError(_ s: ScannerState, _ err: Value) {
            if s.error.isNone || valuesEqual(s.error, eof) { s.error = err }
        }
        func runSplit(_ c: NativeCall, _ s: ScannerState) throws(GoPanicError) -> SplitResult {
            let data = s.buffer[s.start..<s.end]
            let atEOF = !s.error.isNone
            if let kind = s.builtin { return kind.split(data, atEOF: atEOF) }
            let r = try c.vm.callSync(c.goroutine, s.split, [byteSliceValue(data), .bool(atEOF)])
            let token: ArraySlice<UInt8>? = r[1].isNone ? nil : bytesOfSlice(r[1])[...]
            return SplitResult(advance: Int(r[0].i), token: token, error: r[2])
        }
        func scan(_ c: NativeCall, _ s: ScannerState) throws(GoPanicError) -> Bool {
            if s.done { return false }
            s.scanCalled = true
            while true {
                if s.end > s.start || !s.error.isNone {
                    let r = try runSplit(c, s)
                    if !r.error.isNone {
                        if valuesEqual(r.error, errFinalToken) {
                            s.token = r.token
                            s.done = true
                            return r.token != nil
                        }
                        setError(s, r.error)
                        return false
                    }
                    if r.advance < 0 { setError(s, errNegativeAdvance); return false }
                    if r.advance > s.end - s.start { setError(s, errAdvanceTooFar); return false }
                    s.start += r.advance
                    s.token = r.token
                    if r.token != nil {
                        if s.error.isNone || r.advance > 0 {
                            s.empties = 0
                        } else {
                            s.empties += 1
                            if s.empties > 100 { throw GoPanicError.plain("bufio.Scan: too many empty tokens without progressing") }
                        }
                        return true
                    }
                }
                if !s.error.isNone { s.start = 0; s.end = 0; return false }
                // Make room: slide the unconsumed bytes down, or grow the buffer.
                if s.start > 0 && (s.end == s.buffer.count || s.start > s.buffer.count / 2) {
                    s.buffer.replaceSubrange(0..<(s.end - s.start), with: s.buffer[s.start..<s.end])
                    s.end -= s.start
                    s.start = 0
                }
                if s.end == s.buffer.count {
                    if s.buffer.count >= s.maxTokenSize { setError(s, errTooLong); return false }
                    let newSize = min(s.buffer.isEmpty ? 4096 : s.buffer.count * 2, s.maxTokenSize)
                    var grown = Array(s.buffer[s.start..<s.end])
                    grown.append(contentsOf: repeatElement(0, count: newSize - grown.count))
                    s.end -= s.start
                    s.start = 0
                    s.buffer = grown
                }
                var emptyReads = 0
                while true {
                    let window = byteSliceValue(repeatElement(0, count: s.buffer.count - s.end))
                    let r = try c.vm.callInterfaceMethod(c.goroutine, s.reader, "Read", [window])
                    let n = Int(r[0].i)
                    if n < 0 || n > s.buffer.count - s.end { setError(s, errBadReadCount); break }
                    if n > 0 { s.buffer.replaceSubrange(s.end..<(s.end + n), with: bytesOfSlice(window).prefix(n)) }
                    s.end += n
                    if !r[1].isNone { setError(s, r[1]); break }
                    if n > 0 { s.empties = 0; break }
                    emptyReads += 1
                    if emptyReads > 100 { setError(s, errNoProgress); break }
                }
            }
        }

        let reader = packages["io"]?.types["Reader"] ?? .any
        function("bufio", "NewScanner", sig([reader], [T.pointer(to: scanner)])) { c in
            [.obj(Box([.obj(ScannerState(reader: c[0], split: scanLines.map { .obj($0) } ?? .none))]))]
        }
        method(scanner, "Scan", pointer: true, sig([], [bool])) { c in [.bool(try scan(c, try state(c[0])))] }
        method(scanner, "Text", pointer: true, sig([], [.string])) { c in [.str(Array(try state(c[0]).token ?? []))] }
        method(scanner, "Bytes", pointer: true, sig([], [byteSlice])) { c in
            guard let token = try state(c[0]).token else { return [.none] }
            return [byteSliceValue(token)]
        }
        method(scanner, "Err", pointer: true, sig([], [.error])) { c in
            let s = try state(c[0])
            return [valuesEqual(s.error, eof) ? .none : s.error]
        }
        method(scanner, "Split", pointer: true, sig([splitFunc], [])) { c in
            let s = try state(c[0])
            if s.scanCalled { throw GoPanicError.plain("Split called after Scan") }
            s.split = c[1]
            if case .obj(let o) = c[1] { s.builtin = builtinByFunction[ObjectIdentifier(o)] } else { s.builtin = nil }
            return []
        }
        method(scanner, "Buffer", pointer: true, sig([byteSlice, int], [])) { c in
            let s = try state(c[0])
            if s.scanCalled { throw GoPanicError.plain("Buffer called after Scan") }
            let capacity = (c[1].o as? SliceVal)?.cap ?? 0
            s.buffer = Array(repeating: 0, count: capacity)
            s.maxTokenSize = Int(c[2].i)
            return []
        }
    }
}
