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
    /// The zero value of `type` (a fresh struct for struct types).
    public static func zero(of type: GoType) -> GoValue { GoValue(ZeroValues.of(type).make()) }

    /// A new `[]byte`.
    public static func byteSlice(_ bytes: some Collection<UInt8>) -> GoValue { GoValue(byteSliceValue(bytes)) }
    /// The contents of a `[]byte` (empty for nil).
    public var byteSliceContents: [UInt8] { bytesOfSlice(raw) }
    /// The length of a slice.
    public var sliceCount: Int { sliceLength(raw) }
    /// Copies `bytes` into this `[]byte` from its start; returns how many fit.
    public func copyIntoByteSlice(_ bytes: some Collection<UInt8>) -> Int { fillByteSlice(raw, bytes) }

    /// Reads, writes and deletes entries of a map in place (keys as for `map(_:)`).
    public func mapLookup(_ key: GoValue) -> GoValue? { (raw.o as? MapVal)?.d[MapKey(v: key.raw)].map(GoValue.init) }
    public func mapSet(_ key: GoValue, _ value: GoValue) { (raw.o as? MapVal)?.d[MapKey(v: key.raw)] = value.raw }
    public func mapDelete(_ key: GoValue) { (raw.o as? MapVal)?.d[MapKey(v: key.raw)] = nil }
    public var mapCount: Int { (raw.o as? MapVal)?.d.count ?? 0 }

    /// The Swift object a host stored with `hostObject(_:)` (nil for other values).
    public var hostObject: AnyObject? { (raw.o as? HostObjectBox)?.object }
    /// Wraps a Swift object as an opaque Go value (for a hidden field of a host type).
    public static func hostObject(_ object: AnyObject) -> GoValue { GoValue(.obj(HostObjectBox(object))) }

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
    public var int64Value: Int64 { raw.i }
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

    /// A function that may call back into Go on the calling goroutine.
    public func functionWithContext(_ name: String, _ signature: GoType, _ body: @escaping (GoCallContext) throws -> [GoValue]) {
        let path = self.path
        entries.append { r in r.function(path, name, signature) { c in try body(GoCallContext(c)).map(\.raw) } }
    }

    /// A method that may call back into Go on the calling goroutine. The receiver is `context[0]`.
    public func methodWithContext(_ type: GoType, _ name: String, pointerReceiver: Bool, _ signature: GoType, _ body: @escaping (GoCallContext) throws -> [GoValue]) {
        entries.append { r in r.method(type, name, pointer: pointerReceiver, signature) { c in try body(GoCallContext(c)).map(\.raw) } }
    }

    /// A function in three steps, like `suspendingMethod(prepare:finish:)`.
    public func suspendingFunction(
        _ name: String, _ signature: GoType,
        prepare: @escaping (GoCallContext) throws -> ((GoCompletion) -> Void)?,
        finish: @escaping (GoCallContext, [GoValue]) throws -> [GoValue]
    ) {
        let path = self.path
        entries.append { r in r.function(path, name, signature, NativeRegistry.suspending(prepare: prepare, finish: finish)) }
    }

    /// A method in three steps: `prepare` runs on the goroutine (and may call Go), returning the
    /// host work to start once the goroutine is parked — or nil to skip waiting; when the work
    /// resumes the goroutine, `finish` runs on it with the host's results (and may call Go again).
    public func suspendingMethod(
        _ type: GoType, _ name: String, pointerReceiver: Bool, _ signature: GoType,
        prepare: @escaping (GoCallContext) throws -> ((GoCompletion) -> Void)?,
        finish: @escaping (GoCallContext, [GoValue]) throws -> [GoValue]
    ) {
        entries.append { r in r.method(type, name, pointer: pointerReceiver, signature, NativeRegistry.suspending(prepare: prepare, finish: finish)) }
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

/// A Swift object carried inside a Go value.
final class HostObjectBox {
    let object: AnyObject
    init(_ object: AnyObject) { self.object = object }
}

extension NativeRegistry {
    static func suspending(
        prepare: @escaping (GoCallContext) throws -> ((GoCompletion) -> Void)?,
        finish: @escaping (GoCallContext, [GoValue]) throws -> [GoValue]
    ) -> (NativeCall) throws -> [Value] {
        return { c in
            let g = c.goroutine
            if let w = g.wake {
                g.wake = nil
                return try finish(GoCallContext(c), (w.hostResults ?? []).map(GoValue.init)).map(\.raw)
            }
            guard let start = try prepare(GoCallContext(c)) else {
                return try finish(GoCallContext(c), []).map(\.raw)
            }
            _ = c.vm.park(g)
            c.vm.scheduler.pendingHostCalls += 1
            start(GoCompletion(scheduler: c.vm.scheduler, goroutine: g))
            return []
        }
    }

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
