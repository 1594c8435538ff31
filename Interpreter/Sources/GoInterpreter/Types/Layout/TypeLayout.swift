/// Sizes, alignments and field offsets on the 64-bit target, as gc computes them
/// (for `unsafe.Sizeof`-style answers and for the compiler's memory estimates).
public enum TypeLayout {
    public static let pointerSize: Int64 = 8

    public static func size(of type: GoType) -> Int64 {
        switch type.underlying.kind {
        case .basic(let k): return Int64(k.size)
        case .pointer, .map, .chan, .signature: return pointerSize
        case .slice: return 3 * pointerSize
        case .interface: return 2 * pointerSize
        case .array(let element, let length):
            guard length > 0 else { return 0 }
            return size(of: element) * length
        case .structure(let s):
            guard let last = s.fields.last else { return 0 }
            let offsets = fieldOffsets(of: s)
            var lastSize = size(of: last.type)
            // gc: a non-empty struct may not end in a zero-size field (a pointer to it would
            // point past the object).
            if offsets.last! > 0 && lastSize == 0 { lastSize = 1 }
            return roundUp(offsets.last! + lastSize, to: alignment(of: type))
        case .tuple(let elements):
            return elements.reduce(0) { roundUp($0, to: alignment(of: $1)) + size(of: $1) }
        case .named, .typeParameter:
            return pointerSize
        }
    }

    public static func alignment(of type: GoType) -> Int64 {
        switch type.underlying.kind {
        case .basic(let k):
            switch k {
            case .complex64: return 4
            case .complex128, .string: return 8
            default: return max(1, Int64(k.size))
            }
        case .array(let element, _): return alignment(of: element)
        case .structure(let s): return s.fields.map { alignment(of: $0.type) }.max() ?? 1
        default: return pointerSize
        }
    }

    /// Byte offset of each field.
    public static func fieldOffsets(of structure: StructInfo) -> [Int64] {
        var offset: Int64 = 0
        return structure.fields.map { field in
            offset = roundUp(offset, to: alignment(of: field.type))
            defer { offset += size(of: field.type) }
            return offset
        }
    }

    static func roundUp(_ value: Int64, to alignment: Int64) -> Int64 {
        (value + alignment - 1) / alignment * alignment
    }
}
