/// The path the Path, PathPrefix and PathRegexp matchers compare against (Traefik v3.4.1+).
public enum RoutingPath {
    /// Percent-encoded characters whose decoding would change the path's meaning (RFC 3986
    /// reserved characters plus `%` itself); they stay encoded.
    private static let reservedBytes: Set<UInt8> = Set(":/?#[]@!$&'()*+,;=%".utf8)

    /// Decodes percent-encoded unreserved characters of the escaped request path and keeps
    /// encoded reserved ones as written. `/foo%20bar` → `/foo bar`; `/foo%2Fbar` stays.
    ///
    /// Hex digits are accepted in either case (Traefik only recognises upper-case reserved
    /// escapes and would decode `%2f` to `/`; we keep it encoded, which is the safer reading).
    ///
    /// Throws `MalformedPercentEncoding` for a truncated or non-hex escape; the gateway
    /// answers such requests with 400.
    public static func make(fromEscapedPath escaped: Substring) throws(MalformedPercentEncoding) -> String {
        let bytes = escaped.utf8
        guard bytes.contains(UInt8(ascii: "%")) else { return String(escaped) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "%") else {
                output.append(byte)
                index = bytes.index(after: index)
                continue
            }
            let first = bytes.index(after: index)
            guard first != bytes.endIndex, bytes.index(after: first) != bytes.endIndex,
                  let high = hexValue(bytes[first]), let low = hexValue(bytes[bytes.index(after: first)])
            else { throw MalformedPercentEncoding() }
            let decoded = high << 4 | low
            if reservedBytes.contains(decoded) {
                output.append(contentsOf: [byte, bytes[first], bytes[bytes.index(after: first)]])
            } else {
                output.append(decoded)
            }
            index = bytes.index(first, offsetBy: 2)
        }
        return String(decoding: output, as: UTF8.self)
    }

    public static func make(fromEscapedPath escaped: String) throws(MalformedPercentEncoding) -> String {
        try make(fromEscapedPath: escaped[...])
    }

    /// Splits a request target into its escaped path and raw query. An absolute-form target
    /// (`http://host/path?q`) yields its path part (possibly empty); `*` is returned as is.
    public static func split(requestTarget target: Substring) -> (escapedPath: Substring, rawQuery: Substring) {
        var rest = target
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        if !rest.hasPrefix("/"), let scheme = rest.firstRange(of: "://") {
            let afterAuthority = rest[scheme.upperBound...]
            if let slash = afterAuthority.firstIndex(where: { $0 == "/" || $0 == "?" }) {
                rest = afterAuthority[slash...]
            } else {
                rest = afterAuthority[afterAuthority.endIndex...]
            }
        }
        guard let question = rest.firstIndex(of: "?") else { return (rest, rest[rest.endIndex...]) }
        return (rest[..<question], rest[rest.index(after: question)...])
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// The request path holds a `%` not followed by two hex digits (the gateway answers 400).
public struct MalformedPercentEncoding: Error, Equatable, Sendable, CustomStringConvertible {
    public init() {}
    public var description: String { "invalid percent-encoding in URL path" }
}
