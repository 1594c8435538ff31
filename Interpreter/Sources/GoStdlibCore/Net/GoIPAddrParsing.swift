/// Why `netip.ParseAddr` rejected its input: `ParseAddr("in"): msg (at "rest")`.
public struct GoIPParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public var input: [UInt8]
    public var message: String
    /// The unparsed remainder where the problem was found (not shown when empty, as in Go).
    public var at: [UInt8]?

    public init(input: [UInt8], message: String, at: [UInt8]? = nil) {
        self.input = input
        self.message = message
        self.at = at
    }

    public var text: [UInt8] {
        var out = Array("ParseAddr(".utf8) + GoStrconv.quote(input) + Array("): ".utf8) + Array(message.utf8)
        if let at = at, !at.isEmpty { out += Array(" (at ".utf8) + GoStrconv.quote(at) + [UInt8(ascii: ")")] }
        return out
    }
    public var description: String { String(decoding: text, as: UTF8.self) }
}

extension GoIPAddr {
    /// `netip.ParseAddr`: dotted-quad IPv4 (no leading zeros), or IPv6 with optional "::",
    /// trailing dotted quad and "%zone".
    public static func parse(_ s: [UInt8]) -> Result<GoIPAddr, GoIPParseError> {
        for c in s {
            switch c {
            case UInt8(ascii: "."): return parse4(s)
            case UInt8(ascii: ":"): return parse6(s)
            case UInt8(ascii: "%"): return .failure(GoIPParseError(input: s, message: "missing IPv6 address"))
            default: continue
            }
        }
        return .failure(GoIPParseError(input: s, message: "unable to parse IP"))
    }

    static func parse4(_ s: [UInt8]) -> Result<GoIPAddr, GoIPParseError> {
        var fields = [UInt8](repeating: 0, count: 4)
        if let error = parse4Fields(s, s.startIndex..<s.endIndex, into: &fields, at: 0) { return .failure(error) }
        return .success(from4(fields))
    }

    /// Parses `in[range]` as a dotted quad into `fields[at..<at+4]`; errors name all of `input`.
    static func parse4Fields(_ input: [UInt8], _ range: Range<Int>, into fields: inout [UInt8], at start: Int) -> GoIPParseError? {
        var value = 0, position = 0, digits = 0
        for i in range {
            let c = input[i]
            if c >= 0x30 && c <= 0x39 {
                if digits == 1 && value == 0 {
                    return GoIPParseError(input: input, message: "IPv4 field has octet with leading zero")
                }
                value = value * 10 + Int(c - 0x30)
                digits += 1
                if value > 255 { return GoIPParseError(input: input, message: "IPv4 field has value >255") }
            } else if c == UInt8(ascii: ".") {
                if i == range.lowerBound || i == range.upperBound - 1 || input[i - 1] == UInt8(ascii: ".") {
                    return GoIPParseError(input: input, message: "IPv4 field must have at least one digit", at: Array(input[i..<range.upperBound]))
                }
                if position == 3 { return GoIPParseError(input: input, message: "IPv4 address too long") }
                fields[start + position] = UInt8(value)
                position += 1
                value = 0
                digits = 0
            } else {
                return GoIPParseError(input: input, message: "unexpected character", at: Array(input[i..<range.upperBound]))
            }
        }
        if position < 3 { return GoIPParseError(input: input, message: "IPv4 address too short") }
        fields[start + 3] = UInt8(value)
        return nil
    }

    static func parse6(_ input: [UInt8]) -> Result<GoIPAddr, GoIPParseError> {
        func fail(_ message: String, _ at: ArraySlice<UInt8>? = nil) -> Result<GoIPAddr, GoIPParseError> {
            .failure(GoIPParseError(input: input, message: message, at: at.map(Array.init)))
        }
        var s = input[...]
        var zone: [UInt8] = []
        if let percent = input.firstIndex(of: UInt8(ascii: "%")) {
            zone = Array(input[(percent + 1)...])
            s = input[..<percent]
            if zone.isEmpty { return fail("zone must be a non-empty string") }
        }
        var ip = [UInt8](repeating: 0, count: 16)
        var ellipsis = -1
        let colon = UInt8(ascii: ":")
        if s.count >= 2 && s[s.startIndex] == colon && s[s.startIndex + 1] == colon {
            ellipsis = 0
            s = s.dropFirst(2)
            if s.isEmpty { return .success(GoIPAddr(hi: 0, lo: 0, family: .v6, zone: zone)) }
        }
        var i = 0
        while i < 16 {
            var digits = 0
            var accumulator: UInt32 = 0
            var k = s.startIndex
            while k < s.endIndex, GoURLEscaping.isHex(s[k]) {
                accumulator = accumulator << 4 + UInt32(GoURLEscaping.hexValue(s[k]))
                if digits > 3 { return fail("each colon-separated field must have at most 4 hex digits", s) }
                if accumulator > 0xFFFF { return fail("IPv6 field has value >=2^16", s) }
                digits += 1
                k += 1
            }
            if digits == 0 { return fail("each colon-separated field must have at least one digit", s) }
            if k < s.endIndex && s[k] == UInt8(ascii: ".") {
                // A trailing dotted quad fills the last four bytes.
                if ellipsis < 0 && i != 12 { return fail("embedded IPv4 address must replace the final 2 fields of the address", s) }
                if i + 4 > 16 { return fail("too many hex fields to fit an embedded IPv4 at the end of the address", s) }
                if let error = parse4Fields(input, s.startIndex..<s.endIndex, into: &ip, at: i) { return .failure(error) }
                s = s[s.endIndex...]
                i += 4
                break
            }
            ip[i] = UInt8(accumulator >> 8)
            ip[i + 1] = UInt8(truncatingIfNeeded: accumulator)
            i += 2
            s = s[k...]
            if s.isEmpty { break }
            if s.first != colon { return fail("unexpected character, want colon", s) }
            if s.count == 1 { return fail("colon must be followed by more characters", s) }
            s = s.dropFirst()
            if s.first == colon {
                if ellipsis >= 0 { return fail("multiple :: in address", s) }
                ellipsis = i
                s = s.dropFirst()
                if s.isEmpty { break }
            }
        }
        if !s.isEmpty { return fail("trailing garbage after address", s) }
        if i < 16 {
            if ellipsis < 0 { return fail("address string too short") }
            let shift = 16 - i
            var j = i - 1
            while j >= ellipsis {
                ip[j + shift] = ip[j]
                j -= 1
            }
            for z in ellipsis..<(ellipsis + shift) { ip[z] = 0 }
        } else if ellipsis >= 0 {
            return fail("the :: must expand to at least one field of zeros", s)
        }
        var addr = from16(ip)
        addr.zone = zone
        return .success(addr)
    }
}
