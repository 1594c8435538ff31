/// An IPv4 or IPv6 address held as 16 bytes; IPv4 uses the IPv4-mapped form `::ffff:a.b.c.d`,
/// which is also how Go's `net.IP` compares the two families.
public struct IPAddress: Hashable, Sendable, CustomStringConvertible {
    /// Bytes 0–7 and 8–15 of the address, big-endian.
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// An IPv4 address from its 32-bit big-endian value.
    public init(ipv4 value: UInt32) {
        self.init(high: 0, low: 0xFFFF_0000_0000 | UInt64(value))
    }

    /// An address from 4 (IPv4) or 16 (IPv6) network-order bytes.
    public init?(bytes: some Collection<UInt8>) {
        switch bytes.count {
        case 4:
            self.init(ipv4: bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        case 16:
            let high = bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let low = bytes.dropFirst(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            self.init(high: high, low: low)
        default:
            return nil
        }
    }

    /// Parses like Go's `net.ParseIP`: dotted IPv4 (no leading zeros) or IPv6 text without zone.
    public init?(_ text: some StringProtocol) {
        let bytes = Array(text.utf8)
        if bytes.contains(UInt8(ascii: ":")) {
            guard let address = Self.parseIPv6(bytes) else { return nil }
            self = address
        } else {
            guard let value = Self.parseIPv4(bytes[...]) else { return nil }
            self.init(ipv4: value)
        }
    }

    /// True when the address is IPv4 (or IPv4-mapped IPv6), as Go's `To4() != nil`.
    public var isIPv4: Bool { high == 0 && (low >> 32) == 0xFFFF }

    public var description: String {
        if isIPv4 {
            let value = UInt32(truncatingIfNeeded: low)
            return "\(value >> 24).\(value >> 16 & 0xFF).\(value >> 8 & 0xFF).\(value & 0xFF)"
        }
        let groups = (0..<8).map { index -> UInt16 in
            let word = index < 4 ? high : low
            return UInt16(truncatingIfNeeded: word >> (UInt64(3 - index % 4) * 16))
        }
        return groups.map { String($0, radix: 16) }.joined(separator: ":")
    }

    static func parseIPv4(_ bytes: ArraySlice<UInt8>) -> UInt32? {
        var value: UInt32 = 0
        var parts = 0
        var index = bytes.startIndex
        while parts < 4 {
            var part: UInt32 = 0
            var digits = 0
            let partStart = index
            while index < bytes.endIndex, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                part = part * 10 + UInt32(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
                if digits > 3 { return nil }
            }
            // Go rejects empty parts, values above 255 and leading zeros ("010").
            guard digits > 0, part <= 255, !(digits > 1 && bytes[partStart] == UInt8(ascii: "0")) else { return nil }
            value = value << 8 | part
            parts += 1
            if parts < 4 {
                guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") else { return nil }
                index += 1
            }
        }
        return index == bytes.endIndex ? value : nil
    }

    private static func parseIPv6(_ bytes: [UInt8]) -> IPAddress? {
        var groups: [UInt16] = []
        var ellipsisAt: Int?
        var index = 0
        if bytes.starts(with: [UInt8(ascii: ":"), UInt8(ascii: ":")]) {
            ellipsisAt = 0
            index = 2
            if index == bytes.count { return IPAddress(high: 0, low: 0) }
        }
        while index < bytes.count {
            // An embedded IPv4 address may end the text, taking the last two groups.
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: ":") { end += 1 }
            if bytes[index..<end].contains(UInt8(ascii: ".")) {
                guard end == bytes.count, groups.count <= 6, let v4 = parseIPv4(bytes[index..<end]) else { return nil }
                groups.append(UInt16(v4 >> 16))
                groups.append(UInt16(v4 & 0xFFFF))
                index = end
                break
            }
            let length = end - index
            guard length >= 1, length <= 4 else { return nil }
            var group: UInt16 = 0
            for byte in bytes[index..<end] {
                guard let digit = hexValue(byte) else { return nil }
                group = group << 4 | UInt16(digit)
            }
            groups.append(group)
            index = end
            if index == bytes.count { break }
            // At a colon: either a separator or the start of "::".
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
                guard ellipsisAt == nil else { return nil }
                ellipsisAt = groups.count
                index += 1
                if index == bytes.count { break }
            } else if index == bytes.count {
                return nil
            }
            if groups.count > 8 { return nil }
        }
        if let ellipsisAt {
            guard groups.count < 8 else { return nil }
            groups.insert(contentsOf: repeatElement(0, count: 8 - groups.count), at: ellipsisAt)
        }
        guard groups.count == 8 else { return nil }
        let high = groups[0..<4].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        let low = groups[4..<8].reduce(UInt64(0)) { $0 << 16 | UInt64($1) }
        return IPAddress(high: high, low: low)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
