/// A dictionary key naming a byte range of a string, hashed and compared as raw UTF-8.
///
/// Lets the index look up a slice of the request's host or path (a suffix after the first
/// label, a prefix of some length) without creating a string, and without the Unicode
/// normalisation that `String`/`Substring` hashing and equality perform.
struct ByteKey: Hashable, @unchecked Sendable {
    // @unchecked: String is Sendable; the offsets are plain integers.
    private let base: String
    private let start: Int
    private let end: Int

    init(_ base: String, start: Int = 0, end: Int? = nil) {
        self.base = base
        self.start = start
        self.end = end ?? base.utf8.count
    }

    var count: Int { end - start }

    @inline(__always)
    private func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = base.utf8.withContiguousStorageIfAvailable({ buffer in
            body(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[start..<end])))
        }) {
            return result
        }
        let bytes = Array(base.utf8)
        return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: $0) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.withBytes { left in rhs.withBytes { right in left.elementsEqual(right) } }
    }
}
