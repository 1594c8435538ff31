/// A dictionary key naming a run of UTF-8 bytes, hashed and compared as raw bytes.
///
/// The index looks up slices of the request's host and path (a suffix after the first label,
/// a prefix of some length). A plain pointer+length key needs no string creation, no Unicode
/// normalisation (which `String` hashing and equality perform) and no reference counting.
/// Stored keys point into a `ByteKeyStorage`; lookup keys point into the request's strings
/// and live only for the duration of the lookup.
struct ByteKey: Hashable, @unchecked Sendable {
    // @unchecked: the pointer refers to immutable bytes (see ByteKeyStorage) or to a buffer
    // that outlives the key's single-threaded use during a lookup.
    let bytes: UnsafeRawBufferPointer

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: bytes)
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        lhs.bytes.count == rhs.bytes.count && lhs.bytes.elementsEqual(rhs.bytes)
    }

    /// Runs `body` on the UTF-8 bytes of `string` without copying them when possible.
    @inline(__always)
    static func withBytes<R>(of string: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let result = string.utf8.withContiguousStorageIfAvailable({ body(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(string.utf8).withUnsafeBytes(body)
    }
}

/// Owns the bytes of an index's stored keys at stable addresses, for the index's lifetime.
/// `@unchecked Sendable`: written once in `init`, read-only afterwards.
final class ByteKeyStorage: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer
    private let capacity: Int
    private var used = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
        base = UnsafeMutableRawPointer.allocate(byteCount: self.capacity, alignment: 1)
    }

    deinit {
        base.deallocate()
    }

    /// Copies `string`'s bytes in and returns a key naming them. Only used while building.
    func store(_ string: String) -> ByteKey {
        let start = base + used
        let count = string.utf8.count
        precondition(used + count <= capacity, "ByteKeyStorage sized too small")
        _ = UnsafeMutableRawBufferPointer(start: start, count: count).copyBytes(from: string.utf8)
        used += count
        return ByteKey(UnsafeRawBufferPointer(start: start, count: count))
    }
}
