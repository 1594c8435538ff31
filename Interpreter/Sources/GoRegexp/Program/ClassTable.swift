/// Every character class of a program, flattened so that membership tests during matching
/// touch no reference-counted storage: ASCII by bitmap, the rest by binary search over ranges.
struct ClassTable: Sendable {
    /// Two words per class: bits for code points 0..<64 and 64..<128.
    private var asciiBits: [UInt64] = []
    /// lo, hi pairs of all classes back to back.
    private var ranges: [UInt32] = []
    /// Class i's pairs occupy ranges[offsets[i] ..< offsets[i + 1]].
    private var offsets: [Int32] = [0]

    var count: Int { offsets.count - 1 }

    /// Adds a normalized class and returns its index.
    mutating func append(_ cls: CharClass) -> Int {
        var low: UInt64 = 0, high: UInt64 = 0
        var i = 0
        while i < cls.pairs.count {
            let lo = cls.pairs[i], hi = cls.pairs[i + 1]
            if lo < 128 {
                for r in lo...min(hi, 127) {
                    if r < 64 { low |= 1 << UInt64(r) } else { high |= 1 << UInt64(r - 64) }
                }
            }
            i += 2
        }
        asciiBits.append(low)
        asciiBits.append(high)
        ranges.append(contentsOf: cls.pairs)
        offsets.append(Int32(ranges.count))
        return count - 1
    }

    /// Borrowed, pointer-based access for the matching loops.
    struct View {
        let asciiBits: UnsafeBufferPointer<UInt64>
        let ranges: UnsafeBufferPointer<UInt32>
        let offsets: UnsafeBufferPointer<Int32>

        @inline(__always)
        func contains(_ index: Int, _ r: UInt32) -> Bool {
            if r < 128 {
                let word = asciiBits[2 &* index &+ (r < 64 ? 0 : 1)]
                return word & (1 << UInt64(r & 63)) != 0
            }
            var lo = Int(offsets[index]) / 2, hi = Int(offsets[index &+ 1]) / 2
            while lo < hi {
                let mid = (lo &+ hi) / 2
                if r < ranges[2 &* mid] {
                    hi = mid
                } else if r > ranges[2 &* mid &+ 1] {
                    lo = mid &+ 1
                } else {
                    return true
                }
            }
            return false
        }
    }

    func withView<R>(_ body: (View) -> R) -> R {
        asciiBits.withUnsafeBufferPointer { bits in
            ranges.withUnsafeBufferPointer { rs in
                offsets.withUnsafeBufferPointer { offs in body(View(asciiBits: bits, ranges: rs, offsets: offs)) }
            }
        }
    }

    func contains(_ index: Int, _ r: UInt32) -> Bool {
        withView { $0.contains(index, r) }
    }

    /// Whether class `index` holds any code point >= 128 (ranges are sorted).
    func hasNonASCII(_ index: Int) -> Bool {
        let end = Int(offsets[index + 1])
        return end > Int(offsets[index]) && ranges[end - 1] >= 128
    }
}
