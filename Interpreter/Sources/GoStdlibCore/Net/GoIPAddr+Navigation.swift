/// The less common `netip.Addr` methods: neighbours, the expanded text, and the
/// multicast/link-local/global classification shared with package net.
extension GoIPAddr {
    /// `Next`: the following address of the same family, or invalid past the last one.
    public var next: GoIPAddr {
        guard isValid else { return .invalid }
        var a = self
        a.lo &+= 1
        if a.lo == 0 { a.hi &+= 1 }
        if is4 ? UInt32(truncatingIfNeeded: a.lo) == 0 : (a.hi == 0 && a.lo == 0) { return .invalid }
        return a
    }

    /// `Prev`: the preceding address of the same family, or invalid before the first one.
    public var previous: GoIPAddr {
        guard isValid else { return .invalid }
        if is4 ? UInt32(truncatingIfNeeded: lo) == 0 : (hi == 0 && lo == 0) { return .invalid }
        var a = self
        if a.lo == 0 { a.hi &-= 1 }
        a.lo &-= 1
        return a
    }

    /// `StringExpanded`: IPv6 with all eight four-digit groups (IPv4 as `string`).
    public var expandedString: [UInt8] {
        guard is6 else { return string }
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for (i, g) in groups.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ":")) }
            for shift in stride(from: 12, through: 0, by: -4) { out.append(digits[Int((g >> UInt16(shift)) & 15)]) }
        }
        if !zone.isEmpty {
            out.append(UInt8(ascii: "%"))
            out += zone
        }
        return out
    }

    public var isMulticast: Bool {
        let a = unmapped
        if a.is4 { return (a.lo >> 24) & 0xF0 == 0xE0 }
        return a.is6 && a.hi >> 56 == 0xFF
    }

    /// 169.254.0.0/16 and fe80::/10.
    public var isLinkLocalUnicast: Bool {
        let a = unmapped
        if a.is4 { return (a.lo >> 16) & 0xFFFF == 0xA9FE }
        return a.is6 && a.hi >> 54 == 0x3FA
    }

    /// `IsGlobalUnicast` as package net defines it: private and ULA addresses count as global.
    public var isGlobalUnicast: Bool {
        guard isValid else { return false }
        let a = unmapped
        if a.is4 && (UInt32(truncatingIfNeeded: a.lo) == 0 || UInt32(truncatingIfNeeded: a.lo) == .max) { return false }
        if a.is6 && a.hi == 0 && a.lo == 0 { return false }
        return !a.isLoopback && !a.isMulticast && !a.isLinkLocalUnicast
    }
}
