// How Go's runtime sizes a grown slice: the capacity `append` computes (double while small,
// then about 1.25×) rounded up to the allocator's size class, so `cap()` after append and a
// bytes.Buffer's Cap() report the numbers a Go program sees.
public enum GoSliceGrowth {
    /// Object sizes of the allocator's small size classes (bytes), smallest first.
    static let sizeClasses: [Int] = [
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
        1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
        6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
        20480, 21760, 24576, 27264, 28672, 32768,
    ]
    static let largestSmallSize = 32768
    static let pageSize = 8192

    /// Bytes of the header the allocator puts before pointer-holding objects above 512 bytes.
    static let mallocHeaderSize = 8
    static let smallestSizeWithHeader = 512

    /// The usable size of the block the allocator hands out for a request of `size` bytes
    /// (`noscan`: the object holds no pointers, so it needs no malloc header).
    public static func roundUpSize(_ size: Int, noscan: Bool = true) -> Int {
        if size <= 0 { return 0 }
        if size <= largestSmallSize - mallocHeaderSize {
            let header = !noscan && size > smallestSizeWithHeader ? mallocHeaderSize : 0
            let request = size + header
            // Binary search for the first class that fits.
            var lo = 0, hi = sizeClasses.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if sizeClasses[mid] >= request { hi = mid } else { lo = mid + 1 }
            }
            return sizeClasses[lo] - header
        }
        let (pages, overflow) = size.addingReportingOverflow(pageSize - 1)
        return overflow ? size : pages / pageSize * pageSize
    }

    /// The capacity before rounding: the runtime's `nextslicecap`.
    public static func nextCapacity(newLength: Int, oldCapacity: Int) -> Int {
        var newCap = oldCapacity
        let doubled = newCap &+ newCap
        if newLength > doubled { return newLength }
        let threshold = 256
        if oldCapacity < threshold { return doubled }
        while true {
            newCap &+= (newCap &+ 3 &* threshold) >> 2
            if UInt(bitPattern: newCap) >= UInt(bitPattern: newLength) { break }
        }
        return newCap <= 0 ? newLength : newCap
    }

    /// The capacity `append` gives a slice of `elementSize`-byte elements that must grow from
    /// `oldCapacity` to hold `newLength` elements. Zero-size elements get exactly the length.
    public static func grownCapacity(newLength: Int, oldCapacity: Int, elementSize: Int, hasPointers: Bool = false) -> Int {
        guard elementSize > 0 else { return newLength }
        let newCap = nextCapacity(newLength: newLength, oldCapacity: oldCapacity)
        let (bytes, overflow) = newCap.multipliedReportingOverflow(by: elementSize)
        if overflow { return newCap }
        return roundUpSize(bytes, noscan: !hasPointers) / elementSize
    }
}
