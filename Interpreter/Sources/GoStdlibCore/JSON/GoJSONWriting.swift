/// The text-level parts of Go's JSON encoder: string quoting (with the optional HTML-safe
/// escapes), float formatting, and re-formatting of already valid JSON (`Compact`, `Indent`).
public enum GoJSONWriting {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `s` as a JSON string the way Go's encoder does: `<`, `>`, `&` escaped when
    /// `escapeHTML`, U+2028/U+2029 always escaped, invalid UTF-8 replaced by `\ufffd`.
    public static func appendString(_ out: inout [UInt8], _ s: [UInt8], escapeHTML: Bool) {
        out.append(UInt8(ascii: "\""))
        var i = 0
        while i < s.count {
            let b = s[i]
            if b < 0x80 {
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                    if escapeHTML { appendUnicodeEscape(&out, UInt32(b)) } else { out.append(b) }
                default:
                    if b < 0x20 { appendUnicodeEscape(&out, UInt32(b)) } else { out.append(b) }
                }
                i += 1
                continue
            }
            let (rune, size) = s.withUnsafeBufferPointer { GoUTF8.decodeRune($0, at: i) }
            if rune == GoUTF8.runeError && size == 1 {
                out.append(contentsOf: Array("\\ufffd".utf8))
            } else if rune == 0x2028 || rune == 0x2029 {
                appendUnicodeEscape(&out, UInt32(rune))
            } else {
                out.append(contentsOf: s[i..<(i + size)])
            }
            i += size
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendUnicodeEscape(_ out: inout [UInt8], _ v: UInt32) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in [12, 8, 4, 0] { out.append(hex[Int(v >> UInt32(shift) & 0xF)]) }
    }

    /// Appends a float as Go's encoder does (shortest digits; exponent form only for very
    /// small or large magnitudes, with `e-07` shortened to `e-7`). Returns false for NaN and
    /// infinities, which JSON cannot represent.
    public static func appendFloat(_ out: inout [UInt8], _ f: Double, bitSize: Int) -> Bool {
        guard f.isFinite else { return false }
        let magnitude = abs(f)
        var format = UInt8(ascii: "f")
        if magnitude != 0 {
            if bitSize == 64 && (magnitude < 1e-6 || magnitude >= 1e21)
                || bitSize == 32 && (Float(magnitude) < Float(1e-6) || Float(magnitude) >= Float(1e21)) {
                format = UInt8(ascii: "e")
            }
        }
        var text: [UInt8] = []
        GoStrconv.appendFloat(&text, f, format: format, precision: -1, bitSize: bitSize)
        if format == UInt8(ascii: "e") {
            let n = text.count
            if n >= 4 && text[n - 4] == UInt8(ascii: "e") && text[n - 3] == UInt8(ascii: "-") && text[n - 2] == UInt8(ascii: "0") {
                text[n - 2] = text[n - 1]
                text.removeLast()
            }
        }
        out.append(contentsOf: text)
        return true
    }

    /// Go's `json.Compact` for valid JSON: insignificant whitespace removed; with
    /// `escapeHTML`, `<`, `>`, `&` and U+2028/U+2029 inside strings are escaped as well.
    public static func compact(_ src: [UInt8], escapeHTML: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(src.count)
        var inString = false
        var i = 0
        while i < src.count {
            let c = src[i]
            if inString {
                if c == UInt8(ascii: "\\") && i + 1 < src.count {
                    out.append(c); out.append(src[i + 1]); i += 2; continue
                }
                if c == UInt8(ascii: "\"") { inString = false }
                if escapeHTML && (c == UInt8(ascii: "<") || c == UInt8(ascii: ">") || c == UInt8(ascii: "&")) {
                    appendUnicodeEscape(&out, UInt32(c)); i += 1; continue
                }
                if escapeHTML && c == 0xE2 && i + 2 < src.count && src[i + 1] == 0x80 && src[i + 2] & 0xFE == 0xA8 {
                    appendUnicodeEscape(&out, 0x2028 | UInt32(src[i + 2] & 1)); i += 3; continue
                }
                out.append(c)
            } else {
                switch c {
                case 0x20, 0x09, 0x0A, 0x0D: break
                case UInt8(ascii: "\""): inString = true; out.append(c)
                default: out.append(c)
                }
            }
            i += 1
        }
        return out
    }

    /// Go's `json.Indent` for valid compact or spaced JSON: each element on its own line
    /// starting with `prefix` and one `indent` per level; empty arrays and objects stay `[]`/`{}`.
    /// The first line gets no prefix, as in Go.
    public static func indent(_ src: [UInt8], prefix: [UInt8], indent: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(src.count * 2)
        var depth = 0
        var inString = false
        var needIndent = false
        func newline(_ out: inout [UInt8], _ depth: Int) {
            out.append(0x0A)
            out.append(contentsOf: prefix)
            for _ in 0..<depth { out.append(contentsOf: indent) }
        }
        var i = 0
        while i < src.count {
            let c = src[i]
            i += 1
            if inString {
                out.append(c)
                if c == UInt8(ascii: "\\") && i < src.count { out.append(src[i]); i += 1 }
                else if c == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { continue }
            if needIndent && c != UInt8(ascii: "]") && c != UInt8(ascii: "}") {
                needIndent = false
                depth += 1
                newline(&out, depth)
            }
            switch c {
            case UInt8(ascii: "\""): inString = true; out.append(c)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                needIndent = true
                out.append(c)
            case UInt8(ascii: ","):
                out.append(c)
                newline(&out, depth)
            case UInt8(ascii: ":"):
                out.append(c)
                out.append(0x20)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if needIndent {
                    needIndent = false
                } else {
                    depth -= 1
                    newline(&out, depth)
                }
                out.append(c)
            default: out.append(c)
            }
        }
        return out
    }
}
