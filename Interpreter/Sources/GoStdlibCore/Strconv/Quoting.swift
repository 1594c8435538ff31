/// Go's `Quote`, `QuoteToASCII`, `QuoteToGraphic`, `QuoteRune*`, `CanBackquote`, `IsPrint`,
/// `IsGraphic`, `Unquote`, `UnquoteChar`.
extension GoStrconv {
    /// Go's `strconv.IsPrint` (same definition as `unicode.IsPrint`).
    public static func isPrint(_ r: GoRune) -> Bool { GoUnicode.isPrint(r) }
    public static func isGraphic(_ r: GoRune) -> Bool { GoUnicode.isGraphic(r) }

    public enum QuoteMode: Sendable { case printable, asciiOnly, graphic }

    /// Appends `s` as a double-quoted Go string literal.
    public static func appendQuoted(_ out: inout [UInt8], _ s: [UInt8], quote: UInt8 = UInt8(ascii: "\""), mode: QuoteMode = .printable) {
        out.append(quote)
        s.withUnsafeBufferPointer { buf in
            var i = 0
            while i < buf.count {
                let b = buf[i]
                if b < 0x80 {
                    appendEscapedRune(&out, GoRune(b), quote: quote, mode: mode)
                    i += 1
                    continue
                }
                let (r, size) = GoUTF8.decodeRune(buf, at: i)
                if size == 1 {
                    // Invalid byte: shown as a \x escape so the literal reproduces the bytes.
                    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "x"), lowerHex[Int(b >> 4)], lowerHex[Int(b & 15)]])
                } else {
                    appendEscapedRune(&out, r, quote: quote, mode: mode)
                }
                i += size
            }
        }
        out.append(quote)
    }

    public static func appendQuotedRune(_ out: inout [UInt8], _ r: GoRune, mode: QuoteMode = .printable) {
        out.append(UInt8(ascii: "'"))
        appendEscapedRune(&out, GoUTF8.validRune(r) ? r : GoUTF8.runeError, quote: UInt8(ascii: "'"), mode: mode)
        out.append(UInt8(ascii: "'"))
    }

    static func appendEscapedRune(_ out: inout [UInt8], _ r: GoRune, quote: UInt8, mode: QuoteMode) {
        if r == GoRune(quote) || r == 0x5C {
            out.append(UInt8(ascii: "\\"))
            out.append(UInt8(r))
            return
        }
        switch mode {
        case .asciiOnly:
            if r < 0x80 && isPrint(r) { out.append(UInt8(r)); return }
        case .printable:
            if isPrint(r) { GoUTF8.appendRune(r, to: &out); return }
        case .graphic:
            if isGraphic(r) { GoUTF8.appendRune(r, to: &out); return }
        }
        let simple: UInt8?
        switch r {
        case 0x07: simple = UInt8(ascii: "a")
        case 0x08: simple = UInt8(ascii: "b")
        case 0x0C: simple = UInt8(ascii: "f")
        case 0x0A: simple = UInt8(ascii: "n")
        case 0x0D: simple = UInt8(ascii: "r")
        case 0x09: simple = UInt8(ascii: "t")
        case 0x0B: simple = UInt8(ascii: "v")
        default: simple = nil
        }
        if let simple {
            out.append(UInt8(ascii: "\\")); out.append(simple)
            return
        }
        func hex(_ v: UInt32, digits: Int, letter: Character) {
            out.append(UInt8(ascii: "\\")); out.append(letter.asciiValue!)
            var shift = (digits - 1) * 4
            while shift >= 0 { out.append(lowerHex[Int(v >> UInt32(shift)) & 15]); shift -= 4 }
        }
        if r < 0x20 || r == 0x7F {
            hex(UInt32(r), digits: 2, letter: "x")
        } else if !GoUTF8.validRune(r) {
            hex(0xFFFD, digits: 4, letter: "u")
        } else if r < 0x10000 {
            hex(UInt32(r), digits: 4, letter: "u")
        } else {
            hex(UInt32(r), digits: 8, letter: "U")
        }
    }

    public static func quote(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count + 2)
        appendQuoted(&out, s)
        return out
    }
    public static func quote(_ s: String) -> String { string(quote(Array(s.utf8))) }
    public static func quoteToASCII(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(&out, Array(s.utf8), mode: .asciiOnly)
        return string(out)
    }
    public static func quoteToGraphic(_ s: String) -> String {
        var out: [UInt8] = []
        appendQuoted(&out, Array(s.utf8), mode: .graphic)
        return string(out)
    }
    public static func quoteRune(_ r: GoRune) -> String {
        var out: [UInt8] = []
        appendQuotedRune(&out, r)
        return string(out)
    }
    public static func quoteRuneToASCII(_ r: GoRune) -> String {
        var out: [UInt8] = []
        appendQuotedRune(&out, r, mode: .asciiOnly)
        return string(out)
    }
    public static func quoteRuneToGraphic(_ r: GoRune) -> String {
        var out: [UInt8] = []
        appendQuotedRune(&out, r, mode: .graphic)
        return string(out)
    }

    @inline(__always) static func string(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Whether `s` can be written unchanged as a single-line raw (backquoted) string.
    public static func canBackquote(_ s: [UInt8]) -> Bool {
        var i = 0
        while i < s.count {
            let (r, size) = GoUTF8.decodeRune(s, at: i)
            i += size
            if size > 1 {
                if r == 0xFEFF { return false }   // a byte order mark would be dropped by tools
                continue
            }
            if r == GoUTF8.runeError { return false }
            if (r < 0x20 && r != 0x09) || r == 0x60 || r == 0x7F { return false }
        }
        return true
    }
    public static func canBackquote(_ s: String) -> Bool { canBackquote(Array(s.utf8)) }

    /// Decodes the first character or escape of a quoted literal's body.
    /// Returns the value, whether it needs multi-byte UTF-8 encoding, and the rest of `s`.
    public static func unquoteChar(_ s: ArraySlice<UInt8>, quote: UInt8) -> (value: GoRune, multibyte: Bool, tail: ArraySlice<UInt8>)? {
        guard let c = s.first else { return nil }
        if c == quote && (quote == UInt8(ascii: "'") || quote == UInt8(ascii: "\"")) { return nil }
        if c >= 0x80 {
            let (r, size) = Array(s.prefix(4)).withUnsafeBufferPointer { GoUTF8.decodeRune($0) }
            return (r, true, s.dropFirst(size))
        }
        if c != UInt8(ascii: "\\") { return (GoRune(c), false, s.dropFirst()) }
        guard s.count >= 2 else { return nil }
        let e = s[s.startIndex + 1]
        var rest = s.dropFirst(2)
        switch e {
        case UInt8(ascii: "a"): return (7, false, rest)
        case UInt8(ascii: "b"): return (8, false, rest)
        case UInt8(ascii: "f"): return (12, false, rest)
        case UInt8(ascii: "n"): return (10, false, rest)
        case UInt8(ascii: "r"): return (13, false, rest)
        case UInt8(ascii: "t"): return (9, false, rest)
        case UInt8(ascii: "v"): return (11, false, rest)
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let n = e == UInt8(ascii: "x") ? 2 : (e == UInt8(ascii: "u") ? 4 : 8)
            guard rest.count >= n else { return nil }
            var v: GoRune = 0
            for b in rest.prefix(n) {
                guard let d = hexValue(b) else { return nil }
                v = v << 4 | GoRune(d)
            }
            rest = rest.dropFirst(n)
            if e == UInt8(ascii: "x") { return (v, false, rest) }   // a single byte, maybe not UTF-8
            guard GoUTF8.validRune(v) else { return nil }
            return (v, true, rest)
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            guard rest.count >= 2 else { return nil }
            var v = GoRune(e - 48)
            for b in rest.prefix(2) {
                guard b >= 48 && b <= 55 else { return nil }
                v = v << 3 | GoRune(b - 48)
            }
            guard v <= 255 else { return nil }
            return (v, false, rest.dropFirst(2))
        case UInt8(ascii: "\\"): return (0x5C, false, rest)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            guard e == quote else { return nil }
            return (GoRune(e), false, rest)
        default:
            return nil
        }
    }

    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 97...102: return b - 87
        case 65...70: return b - 55
        default: return nil
        }
    }

    /// Interprets `s` as a single-quoted, double-quoted or backquoted Go literal.
    /// Returns nil for `strconv.ErrSyntax`.
    public static func unquote(_ s: [UInt8]) -> [UInt8]? {
        guard s.count >= 2, let q = s.first, q == s.last else { return nil }
        let body = s[1..<(s.count - 1)]
        switch q {
        case UInt8(ascii: "`"):
            if body.contains(UInt8(ascii: "`")) { return nil }
            // Carriage returns are discarded from raw strings, as the Go compiler does.
            return body.filter { $0 != UInt8(ascii: "\r") }
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            if body.contains(UInt8(ascii: "\n")) { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(body.count)
            var rest = body
            var count = 0
            while !rest.isEmpty {
                guard let (v, multibyte, tail) = unquoteChar(rest, quote: q) else { return nil }
                rest = tail
                if v < 0x80 || !multibyte { out.append(UInt8(truncatingIfNeeded: v)) } else { GoUTF8.appendRune(v, to: &out) }
                count += 1
                if q == UInt8(ascii: "'") && count > 1 { return nil }
            }
            // Go accepts '' (documented: the empty string), but never two characters.
            return out
        default:
            return nil
        }
    }

    public static func unquote(_ s: String) -> String? { unquote(Array(s.utf8)).map(string) }
}
