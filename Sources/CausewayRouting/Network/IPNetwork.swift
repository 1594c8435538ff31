/// A CIDR block, with Go's `net.IPNet.Contains` semantics: an IPv4 network only contains IPv4
/// addresses (including IPv4-mapped IPv6 ones), an IPv6 network only IPv6 ones.
public struct IPNetwork: Hashable, Sendable {
    /// The network address with host bits cleared.
    public let address: IPAddress
    /// Prefix length within the family: 0...32 for IPv4, 0...128 for IPv6.
    public let prefixLength: Int

    /// Parses `address/prefix` like Go's `net.ParseCIDR`.
    public init?(_ text: some StringProtocol) {
        guard let slash = text.firstIndex(of: "/") else { return nil }
        guard let address = IPAddress(text[..<slash]) else { return nil }
        let digits = text[text.index(after: slash)...]
        guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let length = Int(digits)
        else { return nil }
        // Text with a colon is an IPv6 network of up to 128 bits. When its address is IPv4-mapped,
        // Go compares IPv4 clients against the low 32 bits of the mask only.
        let isIPv6Text = text[..<slash].contains(":")
        guard length <= (isIPv6Text ? 128 : 32) else { return nil }
        var familyLength = length
        if address.isIPv4, isIPv6Text { familyLength = max(0, length - 96) }
        self.prefixLength = familyLength
        self.address = Self.masked(address, familyLength: familyLength)
    }

    public func contains(_ candidate: IPAddress) -> Bool {
        guard candidate.isIPv4 == address.isIPv4 else { return false }
        return Self.masked(candidate, familyLength: prefixLength) == address
    }

    /// Clears every bit after the prefix (counted within the address family).
    private static func masked(_ address: IPAddress, familyLength: Int) -> IPAddress {
        let bits = address.isIPv4 ? familyLength + 96 : familyLength
        let highMask: UInt64 = bits >= 64 ? .max : (bits == 0 ? 0 : ~(UInt64.max >> UInt64(bits)))
        let lowBits = max(0, bits - 64)
        let lowMask: UInt64 = lowBits >= 64 ? .max : (lowBits == 0 ? 0 : ~(UInt64.max >> UInt64(lowBits)))
        return IPAddress(high: address.high & highMask, low: address.low & lowMask)
    }
}
