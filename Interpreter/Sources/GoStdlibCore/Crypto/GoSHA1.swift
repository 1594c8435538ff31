/// SHA-1 (FIPS 180-4), as Go's `crypto/sha1` (still used for legacy signatures and ETags).
public struct GoSHA1: GoHashFunction {
    public static let size = 20
    public static let blockSize = 64
    private var state: [UInt32] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]
    private var buffer = BlockBuffer()

    public init() {}

    public mutating func write(_ bytes: some Sequence<UInt8>) {
        var s = state
        buffer.write(bytes) { Self.compress(&s, $0) }
        state = s
    }

    public func sum() -> [UInt8] {
        var s = state
        let tail = buffer.paddedTail(bigEndianLength: true)
        var i = 0
        while i < tail.count { Self.compress(&s, tail[i..<(i + 64)]); i += 64 }
        return bigEndianBytes(s)
    }

    private static func compress(_ h: inout [UInt32], _ block: ArraySlice<UInt8>) {
        var w = bigEndianWords(block)
        for t in 16..<80 { w.append(rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1)) }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4]
        for t in 0..<80 {
            let f: UInt32, k: UInt32
            switch t {
            case 0..<20: f = (b & c) | (~b & d); k = 0x5A827999
            case 20..<40: f = b ^ c ^ d; k = 0x6ED9EBA1
            case 40..<60: f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC
            default: f = b ^ c ^ d; k = 0xCA62C1D6
            }
            let temp = rotateLeft(a, 5) &+ f &+ e &+ k &+ w[t]
            e = d; d = c; c = rotateLeft(b, 30); b = a; a = temp
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e
    }
}
