/// Package net's byte-slice addresses (`net.IP`, `net.IPMask`), `ParseCIDR`, and host:port
/// splitting. An IP is 4 or 16 bytes; IPv4 is usually held in its 16-byte mapped form.
public enum GoNetIP {
    static let v4InV6Prefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// `net.IPv4(a, b, c, d)`: the 16-byte form.
    public static func ipv4(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> [UInt8] { v4InV6Prefix + [a, b, c, d] }

    /// `net.ParseIP`: 16 bytes, or nil for invalid input and for addresses with a zone.
    public static func parseIP(_ s: [UInt8]) -> [UInt8]? {
        guard case .success(let addr) = GoIPAddr.parse(s), addr.zone.isEmpty else { return nil }
        return addr.bytes16
    }

    /// `IP.To4`: the 4-byte form of an IPv4 (or IPv4-mapped) address, else nil.
    public static func to4(_ ip: [UInt8]) -> [UInt8]? {
        if ip.count == 4 { return ip }
        if ip.count == 16 && ip[..<12].elementsEqual(v4InV6Prefix) { return Array(ip[12...]) }
        return nil
    }

    /// `IP.To16`.
    public static func to16(_ ip: [UInt8]) -> [UInt8]? {
        if ip.count == 4 { return v4InV6Prefix + ip }
        return ip.count == 16 ? ip : nil
    }

    /// `IP.String`: "<nil>" for empty, '?' and hex for a bad length, dotted quad for IPv4
    /// (also when mapped), else the IPv6 text.
    public static func string(_ ip: [UInt8]) -> [UInt8] {
        if ip.isEmpty { return Array("<nil>".utf8) }
        if ip.count != 4 && ip.count != 16 { return [UInt8(ascii: "?")] + hex(ip) }
        if let v4 = to4(ip) { return GoIPAddr.from4(v4).string }
        return GoIPAddr.from16(ip).string
    }

    static func hex(_ bytes: [UInt8]) -> [UInt8] {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return out
    }

    /// `IP.Equal`: the same address, comparing 4-byte and mapped 16-byte forms as equal.
    public static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        if a.count == b.count { return a == b }
        if a.count == 4 && b.count == 16 { return b[..<12].elementsEqual(v4InV6Prefix) && b[12...].elementsEqual(a) }
        if a.count == 16 && b.count == 4 { return a[..<12].elementsEqual(v4InV6Prefix) && a[12...].elementsEqual(b) }
        return false
    }

    public static func isLoopback(_ ip: [UInt8]) -> Bool {
        if let v4 = to4(ip) { return v4[0] == 127 }
        return equal(ip, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])
    }

    public static func isPrivate(_ ip: [UInt8]) -> Bool {
        if let v4 = to4(ip) {
            return v4[0] == 10 || (v4[0] == 172 && v4[1] & 0xF0 == 16) || (v4[0] == 192 && v4[1] == 168)
        }
        return ip.count == 16 && ip[0] & 0xFE == 0xFC
    }

    public static func isUnspecified(_ ip: [UInt8]) -> Bool {
        equal(ip, [0, 0, 0, 0]) || equal(ip, [UInt8](repeating: 0, count: 16))
    }

    public static func isMulticast(_ ip: [UInt8]) -> Bool {
        if let v4 = to4(ip) { return v4[0] & 0xF0 == 0xE0 }
        return ip.count == 16 && ip[0] == 0xFF
    }

    public static func isLinkLocalUnicast(_ ip: [UInt8]) -> Bool {
        if let v4 = to4(ip) { return v4[0] == 169 && v4[1] == 254 }
        return ip.count == 16 && ip[0] == 0xFE && ip[1] & 0xC0 == 0x80
    }

    /// `IP.IsGlobalUnicast`: a valid address that is none of broadcast, unspecified,
    /// loopback, multicast or link-local.
    public static func isGlobalUnicast(_ ip: [UInt8]) -> Bool {
        (ip.count == 4 || ip.count == 16) && !equal(ip, [255, 255, 255, 255]) && !isUnspecified(ip)
            && !isLoopback(ip) && !isMulticast(ip) && !isLinkLocalUnicast(ip)
    }

    /// `IP.DefaultMask`: the classful mask of an IPv4 address (nil for IPv6).
    public static func defaultMask(_ ip: [UInt8]) -> [UInt8]? {
        guard let v4 = to4(ip) else { return nil }
        if v4[0] < 0x80 { return [0xFF, 0, 0, 0] }
        if v4[0] < 0xC0 { return [0xFF, 0xFF, 0, 0] }
        return [0xFF, 0xFF, 0xFF, 0]
    }

    /// `IP.Mask`: the address ANDed with the mask (lengths reconciled as Go does), else nil.
    public static func mask(_ ip: [UInt8], _ mask: [UInt8]) -> [UInt8]? {
        var ip = ip, mask = mask
        if mask.count == 16 && ip.count == 4 && mask[..<12].allSatisfy({ $0 == 0xFF }) { mask = Array(mask[12...]) }
        if mask.count == 4 && ip.count == 16 && ip[..<12].elementsEqual(v4InV6Prefix) { ip = Array(ip[12...]) }
        if ip.count != mask.count { return nil }
        return zip(ip, mask).map { $0 & $1 }
    }

    /// `net.CIDRMask(ones, bits)`: nil unless bits is 32 or 128 and 0 ≤ ones ≤ bits.
    public static func cidrMask(ones: Int, bits: Int) -> [UInt8]? {
        if bits != 32 && bits != 128 { return nil }
        if ones < 0 || ones > bits { return nil }
        var out = [UInt8](repeating: 0, count: bits / 8)
        var remaining = ones
        for i in out.indices {
            if remaining >= 8 {
                out[i] = 0xFF
                remaining -= 8
            } else {
                out[i] = ~UInt8(0xFF >> remaining)
                remaining = 0
            }
        }
        return out
    }

    /// `IPMask.Size`: leading ones and total bits, or (0, 0) for a non-canonical mask.
    public static func maskSize(_ mask: [UInt8]) -> (ones: Int, bits: Int) {
        guard let ones = simpleMaskLength(mask) else { return (0, 0) }
        return (ones, mask.count * 8)
    }

    /// The number of leading ones when the mask is ones followed by zeros only.
    static func simpleMaskLength(_ mask: [UInt8]) -> Int? {
        var ones = 0
        for (i, b) in mask.enumerated() {
            if b == 0xFF {
                ones += 8
                continue
            }
            var v = b
            while v & 0x80 != 0 {
                ones += 1
                v <<= 1
            }
            if v != 0 { return nil }
            if mask[(i + 1)...].contains(where: { $0 != 0 }) { return nil }
            break
        }
        return ones
    }

    /// `IPMask.String`: lower-case hex, "<nil>" when empty.
    public static func maskString(_ mask: [UInt8]) -> [UInt8] { mask.isEmpty ? Array("<nil>".utf8) : hex(mask) }

    /// The network number and mask of an IPNet at matching lengths, as Go pairs them.
    static func networkAndMask(ip: [UInt8], mask: [UInt8]) -> ([UInt8], [UInt8])? {
        let network = to4(ip) ?? ip
        if network.count != 4 && network.count != 16 { return nil }
        var m = mask
        switch mask.count {
        case 4: if network.count != 4 { return nil }
        case 16: if network.count == 4 { m = Array(mask[12...]) }
        default: return nil
        }
        return (network, m)
    }

    /// `IPNet.Contains`.
    public static func networkContains(ip netIP: [UInt8], mask: [UInt8], _ address: [UInt8]) -> Bool {
        guard let (network, m) = networkAndMask(ip: netIP, mask: mask) else { return false }
        let ip = to4(address) ?? address
        if ip.count != network.count { return false }
        for i in ip.indices where network[i] & m[i] != ip[i] & m[i] { return false }
        return true
    }

    /// `IPNet.String`: "network/ones", "network/hexmask" for odd masks, "<nil>" when malformed.
    public static func networkString(ip: [UInt8], mask: [UInt8]) -> [UInt8] {
        guard let (network, m) = networkAndMask(ip: ip, mask: mask) else { return Array("<nil>".utf8) }
        var out = string(network) + [UInt8(ascii: "/")]
        if let ones = simpleMaskLength(m) {
            GoStrconv.appendInt(&out, Int64(ones), base: 10)
        } else {
            out += maskString(m)
        }
        return out
    }

    /// `net.ParseCIDR`: the address (16-byte form), the masked network and its mask, or
    /// nil when the text is invalid (Go then returns `&ParseError{"CIDR address", s}`).
    public static func parseCIDR(_ s: [UInt8]) -> (ip: [UInt8], network: [UInt8], mask: [UInt8])? {
        guard let slash = s.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        guard case .success(let addr) = GoIPAddr.parse(Array(s[..<slash])), addr.zone.isEmpty else { return nil }
        let digitsText = s[(slash + 1)...]
        let bitsTotal = addr.is4 ? 32 : 128
        var ones = 0, count = 0
        for c in digitsText {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            ones = ones * 10 + Int(c - 0x30)
            count += 1
            if ones > 0xFFFFFF { return nil }
        }
        if count == 0 || ones > bitsTotal { return nil }
        guard let m = cidrMask(ones: ones, bits: bitsTotal) else { return nil }
        let ip = addr.bytes16
        return (ip, mask(ip, m) ?? [], m)
    }

    /// `net.SplitHostPort`, with Go's `*net.AddrError` reason on failure.
    public static func splitHostPort(_ hostport: [UInt8]) -> Result<(host: [UInt8], port: [UInt8]), GoAddrError> {
        func fail(_ why: String) -> Result<(host: [UInt8], port: [UInt8]), GoAddrError> {
            .failure(GoAddrError(reason: why, address: hostport))
        }
        let missingPort = "missing port in address", tooManyColons = "too many colons in address"
        guard let colon = hostport.lastIndex(of: UInt8(ascii: ":")) else { return fail(missingPort) }
        var host: [UInt8]
        var j = 0, k = 0
        if hostport[0] == UInt8(ascii: "[") {
            guard let end = hostport.firstIndex(of: UInt8(ascii: "]")) else { return fail("missing ']' in address") }
            if end + 1 == hostport.count { return fail(missingPort) }
            if end + 1 != colon {
                return fail(hostport[end + 1] == UInt8(ascii: ":") ? tooManyColons : missingPort)
            }
            host = Array(hostport[1..<end])
            j = 1
            k = end + 1
        } else {
            host = Array(hostport[..<colon])
            if host.contains(UInt8(ascii: ":")) { return fail(tooManyColons) }
        }
        if hostport[j...].contains(UInt8(ascii: "[")) { return fail("unexpected '[' in address") }
        if hostport[k...].contains(UInt8(ascii: "]")) { return fail("unexpected ']' in address") }
        return .success((host, Array(hostport[(colon + 1)...])))
    }

    /// `net.JoinHostPort`: brackets a host that contains ':'.
    public static func joinHostPort(_ host: [UInt8], _ port: [UInt8]) -> [UInt8] {
        if host.contains(UInt8(ascii: ":")) { return [UInt8(ascii: "[")] + host + Array("]:".utf8) + port }
        return host + [UInt8(ascii: ":")] + port
    }
}

/// `*net.AddrError`: `address <addr>: <reason>` (just the reason when the address is empty).
public struct GoAddrError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public var address: [UInt8]
    public init(reason: String, address: [UInt8]) {
        self.reason = reason
        self.address = address
    }
    public var text: [UInt8] {
        address.isEmpty ? Array(reason.utf8) : Array("address ".utf8) + address + Array(": ".utf8) + Array(reason.utf8)
    }
    public var description: String { String(decoding: text, as: UTF8.self) }
}
