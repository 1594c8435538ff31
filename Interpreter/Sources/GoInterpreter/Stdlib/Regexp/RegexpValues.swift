import GoRegexp

/// Host side of a `*regexp.Regexp`: the compiled expression behind the struct's hidden field.
final class RegexpHandle {
    let re: Regexp
    init(_ re: Regexp) { self.re = re }
}

/// The interpreter types every part of the regexp binding needs, created once by `installRegexp`.
struct RegexpTypes {
    let regexp: GoType
    let regexpPointer: GoType
    let int: GoType
    let string: GoType
    let bool: GoType
    let intSlice: GoType
    let intSlices: GoType
    let byteSlice: GoType
    let byteSlices: GoType
    let byteSliceSlices: GoType
    let stringSlice: GoType
    let stringSlices: GoType
    let runeReader: GoType
    /// `*regexp/syntax.Error`, the dynamic type of compile errors.
    let syntaxErrorPointer: GoType
}

/// Conversions between Go values and the matcher's byte offsets.
enum RegexpValues {
    /// A `*Regexp` value wrapping `re`.
    static func pointer(to re: Regexp) -> Value { .obj(Box([.obj(RegexpHandle(re))])) }

    /// The expression behind a `*Regexp` receiver; nil panics as in Go.
    static func regexp(_ v: Value) throws(GoPanicError) -> Regexp {
        guard case .obj(let o) = v, let box = o as? Box, case .obj(let h) = box.f[0] else {
            throw .runtime("invalid memory address or nil pointer dereference")
        }
        return unsafeDowncast(h, to: RegexpHandle.self).re
    }

    /// Points an existing `*Regexp` at another compiled expression (Longest, UnmarshalText).
    static func replace(_ v: Value, with re: Regexp) throws(GoPanicError) {
        guard case .obj(let o) = v, let box = o as? Box else {
            throw .runtime("invalid memory address or nil pointer dereference")
        }
        box.f[0] = .obj(RegexpHandle(re))
    }

    /// A new `[]int`.
    static func ints(_ values: [Int]) -> Value {
        let elements = values.map { Value.int(Int64($0)) }
        return .obj(SliceVal(base: Box(elements), off: 0, len: elements.count, cap: elements.count))
    }

    /// A new slice of already converted elements; nil when `elements` is empty and `nilIfEmpty`.
    static func slice(_ elements: [Value], nilIfEmpty: Bool = true) -> Value {
        if elements.isEmpty && nilIfEmpty { return .none }
        return .obj(SliceVal(base: Box(elements), off: 0, len: elements.count, cap: elements.count))
    }

    /// `b[from:to:to]` of the caller's `[]byte`: Go returns sub-slices that share the input's
    /// memory, so writes through a result are visible in the input. A nil input stays nil.
    /// `keepCapacity` gives `b[from:to]` instead (what ReplaceAllFunc hands its callback).
    static func subslice(of input: Value, _ from: Int, _ to: Int, keepCapacity: Bool = false) -> Value {
        guard case .obj(let o) = input, let s = o as? SliceVal else { return .none }
        return .obj(SliceVal(base: s.base, off: s.off + from, len: to - from, cap: keepCapacity ? s.cap - from : to - from))
    }

    /// The string `s[from:to]`.
    static func substring(_ s: [UInt8], _ from: Int, _ to: Int) -> Value { .str(Array(s[from..<to])) }

    /// Go's `append(dst, bytes...)`: writes in place when `dst` has room, as the runtime does.
    static func append(_ dst: Value, _ bytes: [UInt8]) -> Value {
        guard case .obj(let o) = dst, let s = o as? SliceVal else { return bytes.isEmpty ? .none : byteSliceValue(bytes) }
        if bytes.isEmpty { return dst }
        if s.cap - s.len >= bytes.count {
            for (k, b) in bytes.enumerated() { s.base.f[s.off + s.len + k] = .int(Int64(b)) }
            return .obj(SliceVal(base: s.base, off: s.off, len: s.len + bytes.count, cap: s.cap))
        }
        var elements = Array(s.elements)
        elements.reserveCapacity(max(s.len * 2, s.len + bytes.count))
        for b in bytes { elements.append(.int(Int64(b))) }
        let count = elements.count
        return .obj(SliceVal(base: Box(elements), off: 0, len: count, cap: count))
    }

    /// The bytes of a replacement function's result (a string or a `[]byte`).
    static func bytes(ofStringOrSlice v: Value) -> [UInt8] {
        if case .str(let b) = v { return b }
        return bytesOfSlice(v)
    }

    /// The `[]int` argument of Expand as Swift integers.
    static func intArray(_ v: Value) -> [Int] { sliceElementsStatic(v).map { Int($0.i) } }

    /// Go slices the source with each group's offsets; offsets outside it panic there, worded
    /// as for a string or a byte slice.
    static func checkExpandBounds(_ match: [Int], sourceCount: Int, sourceIsString: Bool) throws(GoPanicError) {
        let limit = sourceIsString ? "length" : "capacity"
        for k in stride(from: 0, to: match.count - 1, by: 2) where match[k] >= 0 {
            let (from, to) = (match[k], match[k + 1])
            if to > sourceCount || to < 0 {
                throw .runtime("slice bounds out of range [:\(to)] with \(limit) \(sourceCount)")
            }
            if from > to { throw .runtime("slice bounds out of range [\(from):\(to)]") }
        }
    }
}

/// Slice elements without a VM (bindings that only read).
func sliceElementsStatic(_ v: Value) -> [Value] {
    guard case .obj(let o) = v, let s = o as? SliceVal else { return [] }
    return Array(s.elements)
}
