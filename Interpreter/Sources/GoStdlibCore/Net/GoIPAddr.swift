/// `netip.Addr`: an IPv4 or IPv6 address (with optional zone) or the invalid zero value.
/// Both families live in 128 bits, IPv4 as its IPv4-mapped IPv6 form, as Go stores them.
public struct GoIPAddr: Hashable, Sendable {
    public enum Family: Int, Sendable { case invalid = 0, v4 = 4, v6 = 6 }
    public var hi: UInt64
    public var lo: UInt64
    public var family: Family
    /// IPv6 scope zone (never set for IPv4).
    public var zone: [UInt8]

    public init(hi: UInt64, lo: UInt64, family: Family, zone: [UInt8] = []) {
        self.hi = hi
        self.lo = lo
        self.family = family
        self.zone = family == .v6 ? zone : []
    }

    public static let invalid = GoIPAddr(hi: 0, lo: 0, family: .invalid)

    /// `AddrFrom4`.
    public static func from4(_ b: [UInt8]) -> GoIPAddr {
        let v = UInt64(b[0]) << 24 | UInt64(b[1]) << 16 | UInt64(b[2]) << 8 | UInt64(b[3])
        return GoIPAddr(hi: 0, lo: 0xFFFF_0000_0000 | v, family: .v4)
    }

    /// `AddrFrom16`: always IPv6 (an IPv4-mapped address stays mapped).
    public static func from16(_ b: [UInt8]) -> GoIPAddr {
        var hi: UInt64 = 0, lo: UInt64 = 0
        for i in 0..<8 { hi = hi << 8 | UInt64(b[i]) }
        for i in 8..<16 { lo = lo << 8 | UInt64(b[i]) }
        return GoIPAddr(hi: hi, lo: lo, family: .v6)
    }

    public var isValid: Bool { family != .invalid }
    public var is4: Bool { family == .v4 }
    public var is6: Bool { family == .v6 }
    /// An IPv6 address of the form ::ffff:a.b.c.d.
    public var is4In6: Bool { family == .v6 && hi == 0 && lo >> 32 == 0xFFFF }
    /// `BitLen`: 0, 32 or 128.
    public var bitLength: Int { family == .v4 ? 32 : family == .v6 ? 128 : 0 }

    /// `Unmap`: an IPv4-mapped IPv6 address as plain IPv4.
    public var unmapped: GoIPAddr { is4In6 ? GoIPAddr(hi: 0, lo: lo, family: .v4) : self }

    /// `As16`: the 16 bytes (IPv4 in mapped form).
    public var bytes16: [UInt8] {
        var out = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { out[i] = UInt8(truncatingIfNeeded: hi >> (56 - 8 * UInt64(i))) }
        for i in 0..<8 { out[8 + i] = UInt8(truncatingIfNeeded: lo >> (56 - 8 * UInt64(i))) }
        return out
    }

    /// `AsSlice`: 4 bytes for IPv4, 16 for IPv6, none when invalid.
    public var bytes: [UInt8] {
        switch family {
        case .invalid: return []
        case .v4: return Array(bytes16[12...])
        case .v6: return bytes16
        }
    }

    public var isLoopback: Bool {
        let a = unmapped
        if a.is4 { return (a.lo >> 24) & 0xFF == 127 }
        return a.is6 && a.hi == 0 && a.lo == 1
    }

    /// RFC 1918 (10/8, 172.16/12, 192.168/16) and RFC 4193 (fc00::/7).
    public var isPrivate: Bool {
        let a = unmapped
        if a.is4 {
            let b0 = (a.lo >> 24) & 0xFF, b1 = (a.lo >> 16) & 0xFF
            return b0 == 10 || (b0 == 172 && b1 & 0xF0 == 16) || (b0 == 192 && b1 == 168)
        }
        return a.is6 && (a.hi >> 56) & 0xFE == 0xFC
    }

    public var isUnspecified: Bool { isValid && hi == 0 && (is4 ? lo == 0xFFFF_0000_0000 : lo == 0) }

    /// `Compare`: by family (bit length), then numerically, then by zone.
    public func compare(_ other: GoIPAddr) -> Int {
        if bitLength != other.bitLength { return bitLength < other.bitLength ? -1 : 1 }
        if hi != other.hi { return hi < other.hi ? -1 : 1 }
        if lo != other.lo { return lo < other.lo ? -1 : 1 }
        if is6 && zone != other.zone { return zone.lexicographicallyPrecedes(other.zone) ? -1 : 1 }
        return 0
    }

    /// The address with its low `128 - bits` (or `32 - bits`) bits cleared, zone dropped.
    public func masked(bits: Int) -> GoIPAddr {
        let keep = family == .v4 ? bits + 96 : bits
        let hiMask: UInt64 = keep >= 64 ? .max : keep <= 0 ? 0 : ~(UInt64.max >> UInt64(keep))
        let loMask: UInt64 = keep >= 128 ? .max : keep <= 64 ? 0 : ~(UInt64.max >> UInt64(keep - 64))
        return GoIPAddr(hi: hi & hiMask, lo: lo & loMask, family: family)
    }

    // MARK: text

    /// `String`: dotted quad, RFC 5952 IPv6 ("::" for the first longest zero run), "::ffff:"
    /// followed by a dotted quad for mapped addresses, "%zone" appended; "invalid IP".
    public var string: [UInt8] {
        switch family {
        case .invalid: return Array("invalid IP".utf8)
        case .v4: return Self.dottedQuad(UInt32(truncatingIfNeeded: lo))
        case .v6:
            var out: [UInt8]
            if is4In6 {
                out = Array("::ffff:".utf8) + Self.dottedQuad(UInt32(truncatingIfNeeded: lo))
            } else {
                out = ipv6Text
            }
            if !zone.isEmpty {
                out.append(UInt8(ascii: "%"))
                out += zone
            }
            return out
        }
    }

    static func dottedQuad(_ v: UInt32) -> [UInt8] {
        var out: [UInt8] = []
        for shift in stride(from: 24, through: 0, by: -8) {
            if shift != 24 { out.append(UInt8(ascii: ".")) }
            GoStrconv.appendInt(&out, Int64((v >> UInt32(shift)) & 0xFF), base: 10)
        }
        return out
    }

    var groups: [UInt16] {
        (0..<8).map { i in
            let word = i < 4 ? hi : lo
            return UInt16(truncatingIfNeeded: word >> (48 - 16 * UInt64(i % 4)))
        }
    }

    /// Lower-case hex groups with the first longest run of two or more zero groups as "::".
    var ipv6Text: [UInt8] {
        let g = groups
        var bestStart = -1, bestLength = 0
        var i = 0
        while i < 8 {
            if g[i] != 0 { i += 1; continue }
            var j = i
            while j < 8 && g[j] == 0 { j += 1 }
            if j - i >= 2 && j - i > bestLength { bestStart = i; bestLength = j - i }
            i = j
        }
        var out: [UInt8] = []
        i = 0
        while i < 8 {
            if i == bestStart {
                out += Array("::".utf8)
                i += bestLength
                continue
            }
            if i > 0 && i != bestStart + bestLength { out.append(UInt8(ascii: ":")) }
            out += Array(String(g[i], radix: 16).utf8)
            i += 1
        }
        return out
    }
}
