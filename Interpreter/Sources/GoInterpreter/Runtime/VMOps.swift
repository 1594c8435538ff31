import GoStdlibCore

// The VM's non-trivial operations, kept out of the dispatch loop.
extension VM {
    func intOp(_ op: IntOp, _ kind: BasicKind, _ a: Int64, _ b: Int64) throws(GoPanicError) -> Int64 {
        switch op {
        case .add: return IntegerWrap.wrap(a &+ b, to: kind)
        case .sub: return IntegerWrap.wrap(a &- b, to: kind)
        case .mul: return IntegerWrap.wrap(a &* b, to: kind)
        case .div:
            guard let r = IntegerWrap.divide(a, b, kind: kind) else { throw .runtime("integer divide by zero") }
            return r
        case .rem:
            guard let r = IntegerWrap.remainder(a, b, kind: kind) else { throw .runtime("integer divide by zero") }
            return r
        case .and: return a & b
        case .or: return a | b
        case .xor: return IntegerWrap.wrap(a ^ b, to: kind)
        case .andNot: return a & ~b
        case .shl:
            if b < 0 { throw .runtime("negative shift amount") }
            if b >= 64 { return 0 }
            return IntegerWrap.wrap(a << b, to: kind)
        case .shr:
            if b < 0 { throw .runtime("negative shift amount") }
            if kind.isUnsigned {
                if b >= 64 { return 0 }
                return Int64(bitPattern: UInt64(bitPattern: a) >> UInt64(b))
            }
            return a >> min(b, 63)
        }
    }

    func convert(_ c: Conversion, _ v: Value) -> Value {
        switch c {
        case .wrapInt(let k): return .int(IntegerWrap.wrap(v.i, to: k))
        case .intToFloat(let unsigned, let f32):
            let d = unsigned ? Double(UInt64(bitPattern: v.i)) : Double(v.i)
            return .float(f32 ? Double(Float(d)) : d)
        case .floatToInt(let k):
            let d = v.f
            if d.isNaN { return .int(Int64.min) }
            if k.isUnsigned {
                if d >= 18446744073709551615.0 || d < 0 { return .int(IntegerWrap.wrap(d < 0 ? Int64(max(d, -9.2e18)) : Int64.min, to: k)) }
                return .int(IntegerWrap.wrap(Int64(bitPattern: UInt64(d)), to: k))
            }
            if d >= 9223372036854775807.0 || d < -9223372036854775808.0 { return .int(Int64.min) }
            return .int(IntegerWrap.wrap(Int64(d), to: k))
        case .floatToFloat32: return .float(Double(Float(v.f)))
        case .complexToComplex64: return .obj(v.c.rounded32)
        case .realPart: return .float(v.c.re)
        case .imagPart: return .float(v.c.im)
        case .runeToString:
            let r = v.i
            let rune: GoRune = (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) ? 0xFFFD : GoRune(r)
            return .str(GoUTF8.encodeRune(rune))
        case .stringToBytes:
            let b = v.s.map { Value.int(Int64($0)) }
            return .obj(SliceVal(base: Box(b), off: 0, len: b.count, cap: b.count))
        case .bytesToString:
            return .str(sliceElements(v).map { UInt8(truncatingIfNeeded: $0.i) })
        case .stringToRunes:
            let r = GoUTF8.runes(v.s).map { Value.int(Int64($0)) }
            return .obj(SliceVal(base: Box(r), off: 0, len: r.count, cap: r.count))
        case .runesToString:
            var out: [UInt8] = []
            for r in sliceElements(v) {
                let x = r.i
                _ = GoUTF8.appendRune((x < 0 || x > 0x10FFFF) ? 0xFFFD : GoRune(x), to: &out)
            }
            return .str(out)
        }
    }

    func sliceElements(_ v: Value) -> [Value] {
        guard case .obj(let o) = v, let s = o as? SliceVal else { return [] }
        return Array(s.elements)
    }

    func index(_ x: Value, _ i: Int64, _ kind: IndexKind) throws(GoPanicError) -> Value {
        switch kind {
        case .slice:
            guard case .obj(let o) = x else { throw GoPanicError.indexOutOfRange(i, length: 0) }
            let s = unsafeDowncast(o, to: SliceVal.self)
            guard i >= 0 && i < s.len else { throw GoPanicError.indexOutOfRange(i, length: s.len) }
            return s.base.f[s.off + Int(i)]
        case .string:
            guard case .str(let b) = x, i >= 0 && i < b.count else { throw GoPanicError.indexOutOfRange(i, length: x.s.count) }
            return .int(Int64(b[Int(i)]))
        case .array, .arrayPointer:
            guard case .obj(let o) = x else { throw .runtime("invalid memory address or nil pointer dereference") }
            let b = unsafeDowncast(o, to: Box.self)
            guard i >= 0 && i < b.f.count else { throw GoPanicError.indexOutOfRange(i, length: b.f.count) }
            return b.f[Int(i)]
        }
    }

    func setIndex(_ x: Value, _ i: Int64, _ v: Value, _ kind: IndexKind) throws(GoPanicError) {
        switch kind {
        case .slice:
            guard case .obj(let o) = x else { throw GoPanicError.indexOutOfRange(i, length: 0) }
            let s = unsafeDowncast(o, to: SliceVal.self)
            guard i >= 0 && i < s.len else { throw GoPanicError.indexOutOfRange(i, length: s.len) }
            s.base.f[s.off + Int(i)] = v
        case .array, .arrayPointer:
            guard case .obj(let o) = x else { throw .runtime("invalid memory address or nil pointer dereference") }
            let b = unsafeDowncast(o, to: Box.self)
            guard i >= 0 && i < b.f.count else { throw GoPanicError.indexOutOfRange(i, length: b.f.count) }
            b.f[Int(i)] = v
        case .string: break
        }
    }

    func length(_ x: Value, _ kind: LenKind) -> Int {
        switch kind {
        case .string: return x.s.count
        case .slice: if case .obj(let o) = x { return unsafeDowncast(o, to: SliceVal.self).len }; return 0
        case .array(let n): return Int(n)
        case .map: if case .obj(let o) = x { return unsafeDowncast(o, to: MapVal.self).d.count }; return 0
        case .chan: if case .obj(let o) = x { return unsafeDowncast(o, to: ChanVal.self).count }; return 0
        }
    }

    func slice(_ x: Value, _ lo: Int?, _ hi: Int?, _ mx: Int?, _ kind: SliceKind) throws(GoPanicError) -> Value {
        switch kind {
        case .string:
            let b = x.s
            let l = lo ?? 0, h = hi ?? b.count
            if h < 0 || h > b.count { throw .runtime("slice bounds out of range [:\(h)] with length \(b.count)") }
            if l < 0 || l > h { throw .runtime("slice bounds out of range [\(l):\(h)]") }
            return .str(Array(b[l..<h]))
        case .slice, .array:
            var base: Box, off = 0, cap = 0, len = 0
            if case .obj(let o) = x {
                if let s = o as? SliceVal { base = s.base; off = s.off; cap = s.cap; len = s.len }
                else {
                    // Arrays are boxes; slicing shares them through a backing that aliases the box.
                    let b = unsafeDowncast(o, to: Box.self)
                    base = b; cap = b.f.count; len = cap
                }
            } else {
                if kind == .array { throw .runtime("invalid memory address or nil pointer dereference") }
                base = Box([])
            }
            let l = lo ?? 0, h = hi ?? len, m = mx ?? cap
            if m < 0 || m > cap { throw .runtime("slice bounds out of range [::\(m)] with capacity \(cap)") }
            if h < 0 || h > m { throw .runtime(mx != nil ? "slice bounds out of range [:\(h):\(m)]" : "slice bounds out of range [:\(h)] with capacity \(cap)") }
            if l < 0 || l > h { throw .runtime("slice bounds out of range [\(l):\(h)]") }
            if case .none = x, l == 0, h == 0 { return .none }
            return .obj(SliceVal(base: base, off: off + l, len: h - l, cap: m - l))
        }
    }

    /// An interface key whose dynamic type is not comparable cannot be hashed (Go panics).
    @inline(__always) func checkHashable(_ key: Value) throws(GoPanicError) {
        if case .obj(let o) = key, let iv = o as? IfaceVal, !Comparability.isComparable(iv.type) {
            throw .runtime("hash of unhashable type \(iv.type)")
        }
    }

    /// `[N]T(s)` (a copy of the first N elements) and `(*[N]T)(s)` (the backing array when
    /// the slice covers exactly one whole array; otherwise a copy, which does not alias).
    func sliceToArray(_ s: Value, _ zero: ZeroValue, pointer: Bool) throws(GoPanicError) -> Value {
        guard case .box(let fields, let inline) = zero else { return s }
        let n = fields.count
        let slice: SliceVal? = { if case .obj(let o) = s { return unsafeDowncast(o, to: SliceVal.self) }; return nil }()
        let length = slice?.len ?? 0
        if length < n {
            throw .runtime("cannot convert slice with length \(length) to array or pointer to array with length \(n)")
        }
        if pointer {
            guard let slice else { return .none }   // a nil slice converts to a nil pointer
            if slice.off == 0 && slice.base.f.count == n { return .obj(slice.base) }
        }
        guard let slice else { return zero.make() }
        let elements = (0..<n).map { inline.isEmpty ? slice[$0] : deepCopy(slice[$0]) }
        return .obj(Box(elements, inline: inline))
    }

    /// Go's append: in place while capacity allows, else a new backing grown as Go grows it.
    func append(_ s: Value, _ vs: [Value], _ growth: SliceGrowth) throws(GoPanicError) -> Value {
        if vs.isEmpty { return s }
        var base: Box, off = 0, len = 0, cap = 0
        if case .obj(let o) = s {
            let sl = unsafeDowncast(o, to: SliceVal.self)
            base = sl.base; off = sl.off; len = sl.len; cap = sl.cap
        } else { base = Box([]) }
        let need = len + vs.count
        if need <= cap {
            for (k, v) in vs.enumerated() { base.f[off + len + k] = v }
            return .obj(SliceVal(base: base, off: off, len: need, cap: cap))
        }
        let newCap = GoSliceGrowth.grownCapacity(newLength: need, oldCapacity: cap, elementSize: growth.elementSize, hasPointers: growth.hasPointers)
        if newCap > limits.maxMemoryElements { throw GoPanicError(value: .none, isRuntimeError: true, fatal: .memoryLimit) }
        var a = [Value]()
        a.reserveCapacity(newCap)
        a.append(contentsOf: base.f[off..<(off + len)])
        a.append(contentsOf: vs)
        let z = growth.zero
        if case .value(let zero) = z { while a.count < newCap { a.append(zero) } }
        else { while a.count < newCap { a.append(z.make()) } }
        return .obj(SliceVal(base: Box(a), off: 0, len: need, cap: newCap))
    }

    func equalChecked(_ a: Value, _ b: Value) throws(GoPanicError) -> Bool {
        if case .obj(let x) = a, case .obj(let y) = b, let ix = x as? IfaceVal, let iy = y as? IfaceVal, ix.type == iy.type {
            if !Comparability.isComparable(ix.type) { throw .runtime("comparing uncomparable type \(ix.type)") }
        }
        return valuesEqual(a, b)
    }
}

enum Comparability {
    static func isComparable(_ t: GoType) -> Bool {
        switch t.underlying.kind {
        case .slice, .map, .signature: return false
        case .structure(let s): return s.fields.allSatisfy { isComparable($0.type) }
        case .array(let e, _): return isComparable(e)
        default: return true
        }
    }
}
