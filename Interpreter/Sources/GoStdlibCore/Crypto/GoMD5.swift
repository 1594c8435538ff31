/// MD5 (RFC 1321), as Go's `crypto/md5`.
public struct GoMD5: GoHashFunction {
    public static let size = 16
    public static let blockSize = 64
    private static let shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]
    /// floor(abs(sin(i + 1)) * 2^32), the RFC's table T.
    private static let table: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]
    private var state: [UInt32] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
    private var buffer = BlockBuffer()

    public init() {}

    public mutating func write(_ bytes: some Sequence<UInt8>) {
        var s = state
        buffer.write(bytes) { Self.compress(&s, $0) }
        state = s
    }

    public func sum() -> [UInt8] {
        var s = state
        let tail = buffer.paddedTail(bigEndianLength: false)
        var i = 0
        while i < tail.count { Self.compress(&s, tail[i..<(i + 64)]); i += 64 }
        return s.flatMap { w in [UInt8(w & 0xFF), UInt8(w >> 8 & 0xFF), UInt8(w >> 16 & 0xFF), UInt8(w >> 24)] }
    }

    private static func compress(_ h: inout [UInt32], _ block: ArraySlice<UInt8>) {
        let s = block.startIndex
        let m: [UInt32] = (0..<16).map { i in
            UInt32(block[s + 4 * i]) | UInt32(block[s + 4 * i + 1]) << 8 | UInt32(block[s + 4 * i + 2]) << 16 | UInt32(block[s + 4 * i + 3]) << 24
        }
        var a = h[0], b = h[1], c = h[2], d = h[3]
        for i in 0..<64 {
            let f: UInt32, g: Int
            switch i / 16 {
            case 0: f = (b & c) | (~b & d); g = i
            case 1: f = (d & b) | (~d & c); g = (5 * i + 1) % 16
            case 2: f = b ^ c ^ d; g = (3 * i + 5) % 16
            default: f = c ^ (b | ~d); g = (7 * i) % 16
            }
            let rotated = rotateLeft(a &+ f &+ table[i] &+ m[g], shifts[(i / 16) * 4 + i % 4])
            a = d; d = c; c = b; b = b &+ rotated
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
    }
}
