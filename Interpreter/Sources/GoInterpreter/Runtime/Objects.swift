// Heap objects behind `.obj` registers.

/// A struct or array value. Variables of struct/array type own one box for their lifetime
/// (assignment copies into it), so a pointer to such a variable is the box itself.
final class Box {
    @exclusivity(unchecked) var f: [Value]
    /// Indices of fields/elements that are themselves struct or array values (nested boxes
    /// copied with the value); other boxes reachable from `f` are pointer targets, shared.
    let inline: [Int]
    init(_ f: [Value], inline: [Int] = []) { self.f = f; self.inline = inline }
    func copy() -> Box {
        let b = Box(f, inline: inline)
        for i in inline { if case .obj(let o) = f[i] { b.f[i] = .obj(unsafeDowncast(o, to: Box.self).copy()) } }
        return b
    }
    /// Assignment into an existing variable: nested values are updated in place so pointers
    /// to this box (and to its nested boxes) keep seeing the variable.
    func assign(from other: Box) {
        if other === self { return }
        if inline.isEmpty { f = other.f; return }
        var k = 0
        for i in 0..<f.count {
            if k < inline.count && inline[k] == i, case .obj(let a) = f[i], case .obj(let b) = other.f[i] {
                unsafeDowncast(a, to: Box.self).assign(from: unsafeDowncast(b, to: Box.self))
                k += 1
            } else {
                if k < inline.count && inline[k] == i { k += 1 }
                f[i] = other.f[i]
            }
        }
    }
}

/// Copies a struct/array value; callers use it only where the static type is one.
@inline(__always) func deepCopy(_ v: Value) -> Value {
    if case .obj(let o) = v, let b = o as? Box { return .obj(b.copy()) }
    return v
}


/// A slice header. Immutable: reslicing and append make new headers over shared backing.
final class SliceVal {
    let base: Box
    let off: Int
    let len: Int
    let cap: Int
    init(base: Box, off: Int, len: Int, cap: Int) { self.base = base; self.off = off; self.len = len; self.cap = cap }
    @inline(__always) subscript(i: Int) -> Value {
        get { base.f[off + i] }
        set { base.f[off + i] = newValue }
    }
    var elements: ArraySlice<Value> { base.f[off..<(off + len)] }
}

/// A map key: hashable view of a comparable Go value.
struct MapKey: Hashable {
    let v: Value
    static func == (a: MapKey, b: MapKey) -> Bool { valuesEqual(a.v, b.v) }
    func hash(into h: inout Hasher) { hashGoValue(v, into: &h) }
}

final class MapVal {
    @exclusivity(unchecked) private var storage: [MapKey: Value] = [:]
    /// Entries still held by the host (`GoValue.lazyMap`): made on the first access as a map.
    @exclusivity(unchecked) private(set) var lazySource: (any GoLazyMapSource)?
    init() {}
    init(lazy source: any GoLazyMapSource) { lazySource = source }

    /// The entries (every map operation goes through here, so a lazy map fills in first).
    var d: [MapKey: Value] {
        @inline(__always) _read {
            if lazySource != nil { materialize() }
            yield storage
        }
        @inline(__always) _modify {
            if lazySource != nil { materialize() }
            yield &storage
        }
    }

    @inline(never) private func materialize() {
        guard let source = lazySource else { return }
        lazySource = nil
        if case .obj(let o) = source.makeMap().raw, let made = o as? MapVal { storage = made.d }
    }
}

/// A pointer to a non-composite location.
class Pointer {
    func load() -> Value { .none }
    func store(_ v: Value) {}
}

/// A variable that escapes (captured by a closure or address taken): its register holds the cell.
final class Cell: Pointer {
    @exclusivity(unchecked) var v: Value
    init(_ v: Value) { self.v = v }
    override func load() -> Value { v }
    override func store(_ v: Value) { self.v = v }
}

final class FieldPointer: Pointer {
    let box: Box
    let index: Int
    init(_ box: Box, _ index: Int) { self.box = box; self.index = index }
    override func load() -> Value { box.f[index] }
    override func store(_ v: Value) { box.f[index] = v }
}

final class ElementPointer: Pointer {
    let base: Box
    let index: Int
    init(_ base: Box, _ index: Int) { self.base = base; self.index = index }
    override func load() -> Value { base.f[index] }
    override func store(_ v: Value) { base.f[index] = v }
}

/// A non-nil interface value: dynamic type and value.
final class IfaceVal {
    let type: GoType
    let value: Value
    init(type: GoType, value: Value) { self.type = type; self.value = value }
}

/// An interpreted function value: code plus captured cells/boxes (and a bound receiver
/// for method values, passed as the first argument).
final class Closure {
    let proto: FuncProto
    let captures: [Value]
    let receiver: Value?
    init(proto: FuncProto, captures: [Value], receiver: Value? = nil) {
        self.proto = proto; self.captures = captures; self.receiver = receiver
    }
}

/// A function implemented in Swift. It may call back into interpreted code through `vm`.
final class NativeFunc {
    let name: String
    let body: (NativeCall) throws -> [Value]
    init(_ name: String, _ body: @escaping (NativeCall) throws -> [Value]) { self.name = name; self.body = body }
    func call(_ c: NativeCall) throws(GoPanicError) -> [Value] {
        do { return try body(c) } catch let e as GoPanicError { throw e } catch { throw .plain("\(error)") }
    }
}

/// What a native function sees: its arguments and the running VM.
struct NativeCall {
    let args: [Value]
    let vm: VM
    let goroutine: Goroutine
    subscript(i: Int) -> Value { args[i] }
}

/// Host state kept in a hidden field of a native struct type (non-generic so the
/// run-time type check is a pointer comparison).
final class ByteBuffer {
    var value: [UInt8] = []
    init() {}
}

final class GoroutineList {
    var value: [Goroutine] = []
    init() {}
}

func valuesEqual(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.none, .none): return true
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.str(let x), .str(let y)): return x == y
    case (.obj(let x), .obj(let y)):
        // The same complex object is still unequal to itself when a part is NaN.
        if x === y { if let c = x as? ComplexVal { return c.re == c.re && c.im == c.im }; return true }
        if let bx = x as? Box, let by = y as? Box {
            guard bx.f.count == by.f.count else { return false }
            for i in 0..<bx.f.count {
                let same = bx.inline.contains(i) ? valuesEqual(bx.f[i], by.f[i]) : shallowEqual(bx.f[i], by.f[i])
                if !same { return false }
            }
            return true
        }
        if let ix = x as? IfaceVal, let iy = y as? IfaceVal {
            guard ix.type == iy.type else { return false }
            return ix.type.isComposite ? valuesEqual(ix.value, iy.value) : shallowEqual(ix.value, iy.value)
        }
        if let cx = x as? ComplexVal, let cy = y as? ComplexVal { return cx.re == cy.re && cx.im == cy.im }
        if let px = x as? FieldPointer, let py = y as? FieldPointer { return px.box === py.box && px.index == py.index }
        if let px = x as? ElementPointer, let py = y as? ElementPointer { return px.base === py.base && px.index == py.index }
        return false
    default: return false
    }
}

/// Equality of non-composite values: boxes compare by identity (pointers).
func shallowEqual(_ a: Value, _ b: Value) -> Bool {
    if case .obj(let x) = a, case .obj(let y) = b, x is Box || y is Box { return x === y }
    return valuesEqual(a, b)
}

func hashGoValue(_ v: Value, into h: inout Hasher) {
    switch v {
    case .none: h.combine(0)
    case .int(let x): h.combine(x)
    case .float(let x): h.combine(x)
    case .str(let s): h.combine(s.count); s.withUnsafeBytes { h.combine(bytes: $0) }
    case .obj(let o):
        if let b = o as? Box { for f in b.f { hashGoValue(f, into: &h) } }
        else if let i = o as? IfaceVal { h.combine(i.type.id); hashGoValue(i.value, into: &h) }
        else if let c = o as? ComplexVal { h.combine(c.re); h.combine(c.im) }
        else { h.combine(ObjectIdentifier(o)) }
    }
}
