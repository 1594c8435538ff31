/// Byte-wise string comparisons. Go compares strings as bytes, while Swift's `==` applies
/// Unicode canonical equivalence; comparing the contiguous UTF-8 storage is both exact and fast.
enum UTF8Bytes {
    @inline(__always)
    static func equal(_ lhs: String, _ rhs: String) -> Bool {
        let result = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count && left.elementsEqual(right)
            }
        }
        if let result, let result { return result }
        return lhs.utf8.elementsEqual(rhs.utf8)
    }

    @inline(__always)
    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        let result = text.utf8.withContiguousStorageIfAvailable { whole in
            prefix.utf8.withContiguousStorageIfAvailable { start in
                whole.count >= start.count && UnsafeBufferPointer(rebasing: whole.prefix(start.count)).elementsEqual(start)
            }
        }
        if let result, let result { return result }
        return text.utf8.starts(with: prefix.utf8)
    }
}
