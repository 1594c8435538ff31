/// What `append` needs to know about a slice's element type: its zero value (to fill new
/// capacity) and its size and pointer-ness (to round the new capacity to the allocator's
/// size classes as Go does, so `cap` after append matches gc).
final class SliceGrowth {
    let zero: ZeroValue
    let elementSize: Int
    let hasPointers: Bool

    init(element: GoType) {
        zero = ZeroValues.of(element)
        elementSize = Int(TypeLayout.size(of: element))
        hasPointers = SliceGrowth.containsPointers(element)
    }

    static func containsPointers(_ t: GoType) -> Bool {
        switch t.underlying.kind {
        case .basic(let k): return k.isString
        case .array(let element, let length): return length > 0 && containsPointers(element)
        case .structure(let s): return s.fields.contains { containsPointers($0.type) }
        default: return true
        }
    }
}
