/// The URL components Go's net/url escapes differently (its unexported `encoding` modes).
public enum GoURLEncoding: Sendable {
    case path, pathSegment, host, zone, userPassword, queryComponent, fragment
}

/// Why a URL component could not be decoded: Go's `url.EscapeError`, `url.InvalidHostError`,
/// or a plain error text (`errors.New` in Go).
public enum GoURLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A malformed or disallowed `%` escape, holding the offending (at most 3) bytes.
    case escape([UInt8])
    /// A byte that may not appear in a host name.
    case invalidHost([UInt8])
    case message(String)

    public var description: String { String(decoding: text, as: UTF8.self) }

    /// The error text as bytes (the quoted payload may hold any byte).
    public var text: [UInt8] {
        switch self {
        case .escape(let s): return Array("invalid URL escape ".utf8) + GoStrconv.quote(s)
        case .invalidHost(let s): return Array("invalid character ".utf8) + GoStrconv.quote(s) + Array(" in host name".utf8)
        case .message(let m): return Array(m.utf8)
        }
    }
}

/// Percent-encoding as net/url does it: which bytes each component keeps literally
/// (RFC 3986 with Go's deliberate deviations), and strict decoding with Go's error values.
public enum GoURLEscaping {
    @inline(__always) static func isAlphanumeric(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
    }

    @inline(__always) static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    @inline(__always) static func hexValue(_ c: UInt8) -> UInt8 {
        switch c {
        case 0x30...0x39: return c - 0x30
        case 0x61...0x66: return c - 0x61 + 10
        case 0x41...0x46: return c - 0x41 + 10
        default: return 0
        }
    }

    /// Whether `c` must be percent-encoded in a component of kind `mode`.
    public static func shouldEscape(_ c: UInt8, _ mode: GoURLEncoding) -> Bool {
        if isAlphanumeric(c) { return false }
        if mode == .host || mode == .zone {
            // Hosts keep sub-delims, and the characters of IP literals and of quoted names.
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"),
                 UInt8(ascii: ">"), UInt8(ascii: "\""):
                return false
            default: break
            }
        }
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
            return false
        case UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "/"),
             UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "@"):
            switch mode {
            // The whole path is handled at once, so only '?' would change its meaning.
            case .path: return c == UInt8(ascii: "?")
            case .pathSegment: return c == UInt8(ascii: "/") || c == UInt8(ascii: ";") || c == UInt8(ascii: ",") || c == UInt8(ascii: "?")
            // ':' separates user from password, so it is escaped too.
            case .userPassword: return c == UInt8(ascii: "@") || c == UInt8(ascii: "/") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")
            case .queryComponent: return true
            case .fragment: return false
            case .host, .zone: break
            }
        default: break
        }
        if mode == .fragment {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"): return false
            default: break
            }
        }
        return true
    }

    /// Percent-encodes `s` for `mode` (upper-case hex; spaces become '+' in query components).
    public static func escape(_ s: [UInt8], _ mode: GoURLEncoding) -> [UInt8] {
        var needed = false
        for c in s where shouldEscape(c, mode) { needed = true; break }
        if !needed { return s }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 8)
        for c in s {
            if !shouldEscape(c, mode) {
                out.append(c)
            } else if c == UInt8(ascii: " ") && mode == .queryComponent {
                out.append(UInt8(ascii: "+"))
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(digits[Int(c >> 4)])
                out.append(digits[Int(c & 15)])
            }
        }
        return out
    }

    /// Decodes `%XX` escapes (and '+' as space in query components). Hosts may escape only
    /// non-ASCII bytes, except `%25` which introduces an IPv6 zone (RFC 6874).
    public static func unescape(_ s: [UInt8], _ mode: GoURLEncoding) throws(GoURLError) -> [UInt8] {
        var percents = 0
        var hasPlus = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "%") {
                percents += 1
                if i + 2 >= s.count || !isHex(s[i + 1]) || !isHex(s[i + 2]) {
                    throw .escape(Array(s[i..<min(s.count, i + 3)]))
                }
                let isPercent25 = s[i + 1] == UInt8(ascii: "2") && s[i + 2] == UInt8(ascii: "5")
                if mode == .host && hexValue(s[i + 1]) < 8 && !isPercent25 {
                    throw .escape(Array(s[i..<(i + 3)]))
                }
                if mode == .zone {
                    // Escapes in a zone may only spell bytes that could be written directly.
                    let v = hexValue(s[i + 1]) << 4 | hexValue(s[i + 2])
                    if !isPercent25 && v != UInt8(ascii: " ") && shouldEscape(v, .host) {
                        throw .escape(Array(s[i..<(i + 3)]))
                    }
                }
                i += 3
            } else if c == UInt8(ascii: "+") {
                hasPlus = mode == .queryComponent
                i += 1
            } else {
                if (mode == .host || mode == .zone) && c < 0x80 && shouldEscape(c, mode) {
                    throw .invalidHost([c])
                }
                i += 1
            }
        }
        if percents == 0 && !hasPlus { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.count - 2 * percents)
        i = 0
        while i < s.count {
            let c = s[i]
            if c == UInt8(ascii: "%") {
                out.append(hexValue(s[i + 1]) << 4 | hexValue(s[i + 2]))
                i += 3
            } else {
                out.append(c == UInt8(ascii: "+") && mode == .queryComponent ? UInt8(ascii: " ") : c)
                i += 1
            }
        }
        return out
    }

    /// `url.QueryEscape`.
    public static func queryEscape(_ s: [UInt8]) -> [UInt8] { escape(s, .queryComponent) }
    /// `url.QueryUnescape`.
    public static func queryUnescape(_ s: [UInt8]) throws(GoURLError) -> [UInt8] { try unescape(s, .queryComponent) }
    /// `url.PathEscape`: one path segment ('/' is escaped).
    public static func pathEscape(_ s: [UInt8]) -> [UInt8] { escape(s, .pathSegment) }
    /// `url.PathUnescape`.
    public static func pathUnescape(_ s: [UInt8]) throws(GoURLError) -> [UInt8] { try unescape(s, .pathSegment) }

    /// Whether `s` is already a valid encoding for `mode` (sub-delims, ':', '@', brackets and
    /// escapes are accepted as they are), so a raw path or fragment may be kept verbatim.
    static func isValidEncoded(_ s: [UInt8], _ mode: GoURLEncoding) -> Bool {
        for c in s {
            switch c {
            case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("),
                 UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: "="), UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "%"):
                continue
            default:
                if shouldEscape(c, mode) { return false }
            }
        }
        return true
    }
}
