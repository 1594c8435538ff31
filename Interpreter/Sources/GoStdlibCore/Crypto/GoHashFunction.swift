/// A streaming hash with Go's `hash.Hash` shape. Value types: `sum()` finishes a copy, so a
/// running hash can be summed and then written to further, as in Go.
public protocol GoHashFunction: Sendable {
    init()
    /// Digest length in bytes.
    static var size: Int { get }
    static var blockSize: Int { get }
    mutating func write(_ bytes: some Sequence<UInt8>)
    func sum() -> [UInt8]
}

extension GoHashFunction {
    public static func digest(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var h = Self()
        h.write(bytes)
        return h.sum()
    }
}

/// The Merkle–Damgård framing shared by MD5, SHA-1, SHA-256 (64-byte blocks) and SHA-512
/// (128-byte blocks): a 0x80 byte, zero fill and the bit length (big- or little-endian) in the
/// last 8 (or 16) bytes.
struct BlockBuffer: Sendable {
    var pending: [UInt8] = []
    var length: UInt64 = 0
    var blockSize = 64

    mutating func write(_ bytes: some Sequence<UInt8>, compress: (ArraySlice<UInt8>) -> Void) {
        for b in bytes {
            pending.append(b)
            length &+= 1
            if pending.count == blockSize {
                compress(pending[0..<blockSize])
                pending.removeAll(keepingCapacity: true)
            }
        }
    }

    /// The final padded blocks.
    func paddedTail(bigEndianLength: Bool) -> [UInt8] {
        var tail = pending
        tail.append(0x80)
        let lengthBytes = blockSize / 8
        while tail.count % blockSize != blockSize - lengthBytes { tail.append(0) }
        tail += [UInt8](repeating: 0, count: lengthBytes - 8)
        let bits = length &* 8
        for i in 0..<8 {
            let shift = bigEndianLength ? UInt64(56 - 8 * i) : UInt64(8 * i)
            tail.append(UInt8(truncatingIfNeeded: bits >> shift))
        }
        return tail
    }
}

@inline(__always) func rotateLeft(_ x: UInt32, _ n: UInt32) -> UInt32 { x << n | x >> (32 - n) }
@inline(__always) func rotateRight(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }

func bigEndianWords(_ block: ArraySlice<UInt8>) -> [UInt32] {
    let s = block.startIndex
    return (0..<16).map { i in
        UInt32(block[s + 4 * i]) << 24 | UInt32(block[s + 4 * i + 1]) << 16 | UInt32(block[s + 4 * i + 2]) << 8 | UInt32(block[s + 4 * i + 3])
    }
}

func bigEndianBytes(_ words: [UInt32]) -> [UInt8] {
    words.flatMap { w in [UInt8(w >> 24), UInt8(w >> 16 & 0xFF), UInt8(w >> 8 & 0xFF), UInt8(w & 0xFF)] }
}
