/// The host the Host and HostRegexp matchers compare against.
public enum CanonicalHost {
    /// From the `Host` header (HTTP/1) or `:authority` (HTTP/2): whitespace trimmed, port and
    /// IPv6 brackets removed, lower-cased. Text that is not a valid host:port (e.g. a bare IPv6
    /// address) is kept whole, as Traefik does.
    public static func make(fromHostHeader raw: Substring?) -> String {
        guard var text = raw else { return "" }
        text = text.drop(while: isSpace)
        while let last = text.last, isSpace(last) { text = text.dropLast() }
        if text.first == "[" {
            if let close = text.firstIndex(of: "]") {
                let rest = text[text.index(after: close)...]
                if rest.isEmpty || (rest.first == ":" && !rest.dropFirst().contains(":")) {
                    text = text[text.index(after: text.startIndex)..<close]
                }
            }
        } else if let colon = text.firstIndex(of: ":"), !text[text.index(after: colon)...].contains(":") {
            text = text[..<colon]
        }
        return lowercased(text)
    }

    public static func make(fromHostHeader raw: String?) -> String {
        make(fromHostHeader: raw.map { $0[...] })
    }

    private static func isSpace(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r"
    }

    /// Avoids Unicode case mapping for the usual all-ASCII lower-case host.
    private static func lowercased(_ text: Substring) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }) {
            return String(text)
        }
        return text.lowercased()
    }
}
