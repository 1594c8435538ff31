// Conversions between Swift data and the interpreter's representation that every native
// package needs: byte slices, string slices, error values, and calls of interface methods.
extension NativeRegistry {
    /// A Go `error` whose message is `message` (the same dynamic type as `errors.New`).
    func errorValue(_ message: String) -> Value {
        .obj(IfaceVal(type: errorStringPointer, value: .obj(Box([.string(message)]))))
    }
}

/// A new `[]byte` holding `bytes`.
func byteSliceValue(_ bytes: some Collection<UInt8>) -> Value {
    let values = bytes.map { Value.int(Int64($0)) }
    return .obj(SliceVal(base: Box(values), off: 0, len: values.count, cap: values.count))
}

/// The bytes of a `[]byte` value (empty for nil).
func bytesOfSlice(_ v: Value) -> [UInt8] {
    guard case .obj(let o) = v, let s = o as? SliceVal else { return [] }
    return s.elements.map { UInt8(truncatingIfNeeded: $0.i) }
}

/// Copies `bytes` into the front of the `[]byte` `v` (Read's contract); returns how many fit.
func fillByteSlice(_ v: Value, _ bytes: some Collection<UInt8>) -> Int {
    guard case .obj(let o) = v, let s = o as? SliceVal else { return 0 }
    var n = 0
    for b in bytes {
        if n == s.len { break }
        s[n] = .int(Int64(b))
        n += 1
    }
    return n
}

/// The length of a slice value.
func sliceLength(_ v: Value) -> Int { (v.o as? SliceVal)?.len ?? 0 }

/// A new `[]string`.
func stringSliceValue(_ parts: [[UInt8]]) -> Value {
    .obj(SliceVal(base: Box(parts.map { .str($0) }), off: 0, len: parts.count, cap: parts.count))
}

extension VM {
    /// Calls method `name` on the interface value `receiver` from native code (an io.Reader's
    /// Read, a Writer's Write): native methods directly, interpreted ones as a nested call.
    func callInterfaceMethod(_ g: Goroutine, _ receiver: Value, _ name: String, _ args: [Value]) throws(GoPanicError) -> [Value] {
        guard case .obj(let o) = receiver, let iv = o as? IfaceVal else { throw .runtime("invalid memory address or nil pointer dereference") }
        let m = try resolve(iv.type, name)
        let recv = try m.receiver(iv.value)
        switch m.target {
        case .native(let n): return try n.call(NativeCall(args: [recv] + args, vm: self, goroutine: g))
        case .interpreted(let ref): return try callSync(g, .obj(Closure(proto: ref.proto, captures: [], receiver: recv)), args)
        }
    }
}

/// A FormatInt/AppendInt base, checked as Go does (it panics; the Swift formatter would trap).
func strconvBase(_ base: Int64) throws(GoPanicError) -> Int {
    guard (2...36).contains(base) else { throw .plain("strconv: illegal AppendInt/FormatInt base") }
    return Int(base)
}

extension NativeCall {
    /// A buffer size a Go program hands a native: past the memory cap it is the same fatal error
    /// as an oversized `make`, so the host never attempts (and dies on) the allocation.
    func checkAllocation(_ count: Int) throws(GoPanicError) {
        if count > vm.limits.maxMemoryElements { throw GoPanicError(value: .none, isRuntimeError: true, fatal: .memoryLimit) }
    }
}

extension NativeCall {
    /// `strings.Repeat`/`bytes.Repeat`: a result past the memory cap is refused before it is built
    /// (negative counts and overflow keep Go's own panics, raised by the repeat itself).
    func checkRepeat(_ length: Int, _ count: Int) throws(GoPanicError) {
        let (total, overflow) = length.multipliedReportingOverflow(by: count)
        if count > 0, !overflow { try checkAllocation(total) }
    }
}
