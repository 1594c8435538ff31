/// Sorting for `sort.Ints` and `slices.Sort` on integers. Equal integers are indistinguishable,
/// so any correct algorithm gives Go's result; a byte-wise radix sort is linear and needs no
/// comparisons, which beats a comparison sort from a few hundred elements up.
public enum GoIntegerSort {
    /// Sorts ascending in place.
    public static func sort(_ values: inout [Int64]) {
        if values.count < 256 {
            values.sort()
            return
        }
        values.withUnsafeMutableBufferPointer { buffer in
            radixSort(buffer)
        }
    }

    /// LSD radix sort on the bits of `value ^ signBit` (so negative numbers order first), one
    /// byte per pass; passes where every element has the same byte are skipped.
    private static func radixSort(_ values: UnsafeMutableBufferPointer<Int64>) {
        let count = values.count
        let scratch = UnsafeMutableBufferPointer<Int64>.allocate(capacity: count)
        defer { scratch.deallocate() }
        var source = values
        var target = scratch
        var counts = [Int](repeating: 0, count: 256)
        for pass in 0..<8 {
            let shift = UInt64(pass * 8)
            for i in 0..<256 { counts[i] = 0 }
            for value in source {
                counts[Int(((UInt64(bitPattern: value) ^ (1 << 63)) >> shift) & 0xFF)] += 1
            }
            // A pass that cannot change the order is skipped.
            if counts.contains(count) { continue }
            var total = 0
            for i in 0..<256 {
                let c = counts[i]
                counts[i] = total
                total += c
            }
            for value in source {
                let bucket = Int(((UInt64(bitPattern: value) ^ (1 << 63)) >> shift) & 0xFF)
                target[counts[bucket]] = value
                counts[bucket] += 1
            }
            swap(&source, &target)
        }
        if source.baseAddress != values.baseAddress {
            _ = values.update(fromContentsOf: source)
        }
    }
}
