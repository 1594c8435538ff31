/// `netip.Prefix`: an address and a prefix length. Like Go's, a prefix is not masked on
/// creation; `bitsPlusOne` is 0 for the invalid zero value.
public struct GoIPPrefix: Hashable, Sendable {
    public var addr: GoIPAddr
    public var bitsPlusOne: Int

    public init(addr: GoIPAddr, bitsPlusOne: Int) {
        self.addr = addr
        self.bitsPlusOne = bitsPlusOne
    }

    /// `PrefixFrom`: invalid when `bits` is out of range for the address family.
    public static func from(_ addr: GoIPAddr, bits: Int) -> GoIPPrefix {
        if bits < 0 || bits > addr.bitLength { return GoIPPrefix(addr: .invalid, bitsPlusOne: 0) }
        var plain = addr
        plain.zone = []
        return GoIPPrefix(addr: plain, bitsPlusOne: bits + 1)
    }

    public var bits: Int { bitsPlusOne - 1 }
    public var isValid: Bool { addr.isValid && bitsPlusOne > 0 }

    /// `Masked`: the prefix with host bits cleared (the zero Prefix when invalid).
    public var masked: GoIPPrefix {
        isValid ? GoIPPrefix(addr: addr.masked(bits: bits), bitsPlusOne: bitsPlusOne) : GoIPPrefix(addr: .invalid, bitsPlusOne: 0)
    }

    /// `Contains`: same family (IPv4-mapped IPv6 is not IPv4), no zone, equal leading bits.
    public func contains(_ ip: GoIPAddr) -> Bool {
        if !isValid || !ip.zone.isEmpty || ip.bitLength != addr.bitLength || ip.bitLength == 0 { return false }
        return ip.masked(bits: bits) == addr.masked(bits: bits)
    }

    /// `Overlaps`: whether the two prefixes share any address.
    public func overlaps(_ other: GoIPPrefix) -> Bool {
        if !isValid || !other.isValid { return false }
        if self == other { return true }
        if addr.is4 != other.addr.is4 { return false }
        let shortest = min(bits, other.bits)
        if shortest == 0 { return true }
        return addr.masked(bits: shortest) == other.addr.masked(bits: shortest)
    }

    /// `String`: "addr/bits", or "invalid Prefix".
    public var string: [UInt8] {
        if !isValid { return Array("invalid Prefix".utf8) }
        var out = addr.string
        out.append(UInt8(ascii: "/"))
        GoStrconv.appendInt(&out, Int64(bits), base: 10)
        return out
    }

    /// `netip.ParsePrefix`; the error text is the whole message Go returns.
    public static func parse(_ s: [UInt8]) -> Result<GoIPPrefix, GoPrefixParseError> {
        func fail(_ message: [UInt8]) -> Result<GoIPPrefix, GoPrefixParseError> {
            .failure(GoPrefixParseError(input: s, message: message))
        }
        guard let slash = s.lastIndex(of: UInt8(ascii: "/")) else { return fail(Array("no '/'".utf8)) }
        let ip: GoIPAddr
        switch GoIPAddr.parse(Array(s[..<slash])) {
        case .success(let a): ip = a
        case .failure(let e): return fail(e.text)
        }
        if ip.is6 && !ip.zone.isEmpty { return fail(Array("IPv6 zones cannot be present in a prefix".utf8)) }
        let bitsText = Array(s[(slash + 1)...])
        // Atoi would accept a sign and leading zeros; Go rejects both here.
        let badBits = Array("bad bits after slash: ".utf8) + GoStrconv.quote(bitsText)
        if bitsText.count > 1 && (bitsText[0] < 0x31 || bitsText[0] > 0x39) { return fail(badBits) }
        let (bits, error) = GoStrconv.atoi(bitsText)
        if error != nil { return fail(badBits) }
        if bits < 0 || bits > ip.bitLength { return fail(Array("prefix length out of range".utf8)) }
        return .success(from(ip, bits: bits))
    }
}

/// `netip.ParsePrefix("in"): message`.
public struct GoPrefixParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var input: [UInt8]
    public var message: [UInt8]
    public var text: [UInt8] { Array("netip.ParsePrefix(".utf8) + GoStrconv.quote(input) + Array("): ".utf8) + message }
    public var description: String { String(decoding: text, as: UTF8.self) }
}

/// `netip.AddrPort`: an address and a port.
public struct GoIPAddrPort: Hashable, Sendable {
    public var addr: GoIPAddr
    public var port: UInt16

    public init(addr: GoIPAddr, port: UInt16) {
        self.addr = addr
        self.port = port
    }

    /// `String`: "a.b.c.d:port", "[v6%zone]:port", or "invalid AddrPort".
    public var string: [UInt8] {
        var out: [UInt8]
        switch addr.family {
        case .invalid: return Array("invalid AddrPort".utf8)
        case .v4: out = addr.string
        case .v6: out = [UInt8(ascii: "[")] + addr.string + [UInt8(ascii: "]")]
        }
        out.append(UInt8(ascii: ":"))
        GoStrconv.appendInt(&out, Int64(port), base: 10)
        return out
    }

    /// `netip.ParseAddrPort`; errors are Go's texts (plain `errors.New` messages or ParseAddr's).
    public static func parse(_ s: [UInt8]) -> Result<GoIPAddrPort, GoIPAddrPortParseError> {
        func fail(_ m: [UInt8]) -> Result<GoIPAddrPort, GoIPAddrPortParseError> { .failure(GoIPAddrPortParseError(text: m)) }
        guard let colon = s.lastIndex(of: UInt8(ascii: ":")) else { return fail(Array("not an ip:port".utf8)) }
        var ipText = Array(s[..<colon])
        let portText = Array(s[(colon + 1)...])
        if ipText.isEmpty { return fail(Array("no IP".utf8)) }
        if portText.isEmpty { return fail(Array("no port".utf8)) }
        var bracketed = false
        if ipText[0] == UInt8(ascii: "[") {
            if ipText.count < 2 || ipText.last != UInt8(ascii: "]") { return fail(Array("missing ]".utf8)) }
            ipText = Array(ipText.dropFirst().dropLast())
            bracketed = true
        }
        let (port, portError) = GoStrconv.parseUint(portText, base: 10, bitSize: 16)
        if portError != nil {
            return fail(Array("invalid port ".utf8) + GoStrconv.quote(portText) + Array(" parsing ".utf8) + GoStrconv.quote(s))
        }
        let ip: GoIPAddr
        switch GoIPAddr.parse(ipText) {
        case .success(let a): ip = a
        case .failure(let e): return fail(e.text)
        }
        if bracketed && ip.is4 {
            return fail(Array("invalid ip:port ".utf8) + GoStrconv.quote(s) + Array(", square brackets can only be used with IPv6 addresses".utf8))
        }
        if !bracketed && ip.is6 {
            return fail(Array("invalid ip:port ".utf8) + GoStrconv.quote(s) + Array(", IPv6 addresses must be surrounded by square brackets".utf8))
        }
        return .success(GoIPAddrPort(addr: ip, port: UInt16(port)))
    }
}

/// Why `netip.ParseAddrPort` failed (Go's exact message).
public struct GoIPAddrPortParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var text: [UInt8]
    public var description: String { String(decoding: text, as: UTF8.self) }
}
