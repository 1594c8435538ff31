// The host's view of Go values: an opaque wrapper with constructors and accessors for the
// primitive kinds, so Swift code can pass arguments to and read results from Go code.
public struct GoValue: @unchecked Sendable {
    let raw: Value
    init(_ raw: Value) { self.raw = raw }

    public static func int(_ v: Int) -> GoValue { GoValue(.int(Int64(v))) }
    public static func int64(_ v: Int64) -> GoValue { GoValue(.int(v)) }
    public static func float(_ v: Double) -> GoValue { GoValue(.float(v)) }
    public static func bool(_ v: Bool) -> GoValue { GoValue(.int(v ? 1 : 0)) }
    public static func string(_ v: String) -> GoValue { GoValue(.str(Array(v.utf8))) }
    public static func bytes(_ v: [UInt8]) -> GoValue { GoValue(.str(v)) }
    public static let `nil` = GoValue(.none)
    /// A Go interface value holding `value` with dynamic type `type`.
    public static func interface(_ value: GoValue, type: GoType) -> GoValue { GoValue(.obj(IfaceVal(type: type, value: value.raw))) }
    /// A []string.
    public static func strings(_ v: [String]) -> GoValue {
        let a = v.map { Value.str(Array($0.utf8)) }
        return GoValue(.obj(SliceVal(base: Box(a), off: 0, len: a.count, cap: a.count)))
    }

    /// A struct value, or (the same representation) a pointer to a new struct variable.
    /// `inline` lists fields that are themselves struct or array values.
    public static func structure(_ fields: [GoValue], inline: [Int] = []) -> GoValue {
        GoValue(.obj(Box(fields.map(\.raw), inline: inline)))
    }
    /// A slice of the given elements.
    public static func slice(_ elements: [GoValue]) -> GoValue {
        let a = elements.map(\.raw)
        return GoValue(.obj(SliceVal(base: Box(a), off: 0, len: a.count, cap: a.count)))
    }
    /// A map (keys must be comparable Go values: ints, strings, …).
    public static func map(_ entries: [(key: GoValue, value: GoValue)]) -> GoValue {
        let m = MapVal()
        for e in entries { m.d[MapKey(v: e.key.raw)] = e.value.raw }
        return GoValue(.obj(m))
    }
    /// A pointer to a new variable holding `value` (for non-struct pointees).
    public static func pointer(to value: GoValue) -> GoValue { GoValue(.obj(Cell(value.raw))) }

    /// Map entries (nil for a non-map).
    public var mapEntries: [(key: GoValue, value: GoValue)]? {
        (raw.o as? MapVal).map { $0.d.map { (GoValue($0.key.v), GoValue($0.value)) } }
    }
    /// Reads and writes a field of a struct (or of the struct a pointer points to).
    public func field(_ index: Int) -> GoValue? { (raw.o as? Box).map { GoValue($0.f[index]) } }
    public func setField(_ index: Int, _ value: GoValue) { (raw.o as? Box)?.f[index] = value.raw }
    /// Reads and writes through a pointer to a non-struct variable.
    public var pointee: GoValue? { (raw.o as? Pointer).map { GoValue($0.load()) } }
    public func store(_ value: GoValue) { (raw.o as? Pointer)?.store(value.raw) }
    /// Whether two values are the same reference (pointers, maps, slices' backing).
    public func isSameObject(as other: GoValue) -> Bool {
        if case .obj(let a) = raw, case .obj(let b) = other.raw { return a === b }
        return false
    }

    public var intValue: Int { Int(raw.i) }
    public var floatValue: Double { raw.f }
    public var boolValue: Bool { raw.i != 0 }
    public var stringValue: String { String(decoding: raw.s, as: UTF8.self) }
    public var bytesValue: [UInt8] { raw.s }
    public var isNil: Bool { raw.isNone }
    /// The dynamic type of an interface value (nil for a nil interface or a non-interface).
    public var dynamicType: GoType? { (raw.o as? IfaceVal)?.type }
    /// The value inside an interface value.
    public var dynamicValue: GoValue { (raw.o as? IfaceVal).map { GoValue($0.value) } ?? self }
    /// Fields of a struct value (or of the struct a pointer points to).
    public var fields: [GoValue]? { (raw.o as? Box).map { $0.f.map(GoValue.init) } }
    /// Elements of a slice.
    public var elements: [GoValue]? { (raw.o as? SliceVal).map { $0.elements.map(GoValue.init) } }
}

/// Completes a suspended host call; may be called from any thread, exactly once.
public struct GoCompletion: @unchecked Sendable {
    let scheduler: Scheduler
    let goroutine: Goroutine
    public func resume(returning results: [GoValue]) {
        scheduler.complete(goroutine, results: results.map(\.raw))
    }
}

/// A native package the host adds with `GoInterpreter.use(_:)`, like Yaegi's exports map.
public final class GoPackage {
    public let path: String
    let name: String
    var entries: [(NativeRegistry) -> Void] = []
    public init(path: String, name: String? = nil) {
        self.path = path
        self.name = name ?? String(path.split(separator: "/").last ?? Substring(path))
    }

    /// A synchronous function.
    public func function(_ name: String, _ signature: GoType, _ body: @escaping ([GoValue]) throws -> [GoValue]) {
        let path = self.path
        entries.append { r in r.function(path, name, signature) { c in try body(c.args.map(GoValue.init)).map(\.raw) } }
    }

    /// A function that waits for the host (an upstream request, say): the calling goroutine is
    /// suspended — no thread waits — until `GoCompletion.resume` is called.
    public func suspendingFunction(_ name: String, _ signature: GoType, _ start: @escaping ([GoValue], GoCompletion) -> Void) {
        let path = self.path
        entries.append { r in r.function(path, name, signature, NativeRegistry.suspending(start)) }
    }

    /// A method on a named type created by the host (`table.newNamed`). The receiver is args[0].
    public func method(_ type: GoType, _ name: String, pointerReceiver: Bool, _ signature: GoType, _ body: @escaping ([GoValue]) throws -> [GoValue]) {
        entries.append { r in r.method(type, name, pointer: pointerReceiver, signature) { c in try body(c.args.map(GoValue.init)).map(\.raw) } }
    }

    public func suspendingMethod(_ type: GoType, _ name: String, pointerReceiver: Bool, _ signature: GoType, _ start: @escaping ([GoValue], GoCompletion) -> Void) {
        entries.append { r in r.method(type, name, pointer: pointerReceiver, signature, NativeRegistry.suspending(start)) }
    }

    public func type(_ name: String, _ type: GoType) {
        let path = self.path
        entries.append { r in r.type(path, name, type) }
    }

    public func constant(_ name: String, _ type: GoType, _ value: ConstantValue) {
        let path = self.path
        entries.append { r in r.constant(path, name, type, value) }
    }

    public func variable(_ name: String, _ type: GoType, _ value: GoValue) {
        let path = self.path
        entries.append { r in r.variable(path, name, type, .obj(Cell(value.raw))) }
    }
}

extension NativeRegistry {
    /// Wraps a host call that completes later: first execution parks the goroutine, the
    /// re-execution after `resume` returns the results.
    static func suspending(_ start: @escaping ([GoValue], GoCompletion) -> Void) -> (NativeCall) throws -> [Value] {
        return { c in
            let g = c.goroutine
            if let w = g.wake {
                g.wake = nil
                return w.hostResults ?? []
            }
            _ = c.vm.park(g)
            c.vm.scheduler.pendingHostCalls += 1
            start(c.args.map(GoValue.init), GoCompletion(scheduler: c.vm.scheduler, goroutine: g))
            return []
        }
    }
}
