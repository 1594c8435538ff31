// The register value. Go is statically typed, so the compiler always knows which case a
// register holds: integers and bools as `.int` (sized kinds kept wrapped), floats as
// `.float`, strings as their UTF-8 bytes, and every reference or boxed composite as `.obj`.
// `.none` is the nil of pointers, slices, maps, channels, functions and interfaces.
enum Value {
    case none
    case int(Int64)
    case float(Double)
    case str([UInt8])
    case obj(AnyObject)

    @inline(__always) var i: Int64 {
        if case .int(let v) = self { return v }
        return 0
    }
    @inline(__always) var f: Double {
        if case .float(let v) = self { return v }
        return 0
    }
    @inline(__always) var s: [UInt8] {
        if case .str(let v) = self { return v }
        return []
    }
    @inline(__always) var o: AnyObject? {
        if case .obj(let v) = self { return v }
        return nil
    }
    @inline(__always) var bool: Bool { i != 0 }
    @inline(__always) static func bool(_ b: Bool) -> Value { .int(b ? 1 : 0) }
    static func string(_ s: String) -> Value { .str(Array(s.utf8)) }
    var isNone: Bool { if case .none = self { return true }; return false }
}

/// A runtime panic travelling through Swift code until the VM unwinds the goroutine.
struct GoPanicError: Error {
    /// The panic value (an interface value).
    var value: Value
    var isRuntimeError: Bool
    var fatal: Fatal? = nil
    /// `stopped`: the run already ended (a budget, a fatal error inside a native callback) and
    /// native code between must unwind without running anything else.
    enum Fatal { case exitRequested(Int32), memoryLimit, stackOverflow, stopped(GoRunError) }
    static func runtime(_ message: String) -> GoPanicError {
        GoPanicError(value: .obj(IfaceVal(type: RuntimeErrorType.shared, value: .string("runtime error: " + message))), isRuntimeError: true)
    }
    /// A run-time panic whose value is a runtime.Error without the "runtime error: " prefix
    /// (Go's plainError: nil map writes, closing or sending on closed channels).
    static func plainRuntime(_ message: String) -> GoPanicError {
        GoPanicError(value: .obj(IfaceVal(type: RuntimeErrorType.shared, value: .string(message))), isRuntimeError: true)
    }
    /// Go's bounds error for an index: a negative index is reported without the length.
    static func indexOutOfRange(_ index: some BinaryInteger, length: some BinaryInteger) -> GoPanicError {
        index < 0 ? .runtime("index out of range [\(index)]") : .runtime("index out of range [\(index)] with length \(length)")
    }
    static func plain(_ message: String) -> GoPanicError {
        GoPanicError(value: .obj(IfaceVal(type: .string, value: .string(message))), isRuntimeError: false)
    }
}

/// Marker for runtime.Error panic values (printed as their message).
enum RuntimeErrorType {
    /// runtime.Error's concrete type: a string-based named type with an Error method.
    static let shared: GoType = {
        let named = NamedType(name: "Error", package: PackageRef(path: "runtime", name: "runtime"), underlying: .string, table: nil)
        named.addMethod(name: "Error", signature: GoType.errorMethodSignature, pointerReceiver: false)
        named.addMethod(name: "RuntimeError", signature: GoType.emptySignature, pointerReceiver: false)
        return GoType(id: 60, kind: .named(named))
    }()
}
