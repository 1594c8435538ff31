import GoStdlibCore

// The escapers behind the html, js and urlquery functions (and template.HTMLEscapeString,
// JSEscapeString, URLQueryEscaper), byte for byte as Go's text/template writes them.
enum TemplateEscaping {
    static func html(_ s: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case 0x22: out += Array("&#34;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x00: out += [0xEF, 0xBF, 0xBD]
            default: out.append(c)
            }
        }
        return out
    }

    static func javaScript(_ s: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c < 0x80 {
                switch c {
                case 0x5C: out += Array("\\\\".utf8)
                case 0x27: out += Array("\\'".utf8)
                case 0x22: out += Array("\\\"".utf8)
                case 0x3C: out += Array("\\u003C".utf8)
                case 0x3E: out += Array("\\u003E".utf8)
                case 0x26: out += Array("\\u0026".utf8)
                case 0x3D: out += Array("\\u003D".utf8)
                case _ where c < 0x20: out += Array("\\u00".utf8) + [hex[Int(c >> 4)], hex[Int(c & 0x0F)]]
                default: out.append(c)
                }
                i += 1
                continue
            }
            let (r, size) = GoUTF8.decodeRune(Array(s[i..<min(s.count, i + 4)]))
            if GoUnicode.isPrint(r) {
                out += s[i..<(i + size)]
            } else {
                var h = String(UInt32(bitPattern: r), radix: 16, uppercase: true)
                while h.count < 4 { h = "0" + h }
                out += Array(("\\u" + h).utf8)
            }
            i += size
        }
        return out
    }

    /// url.QueryEscape: unreserved bytes kept, space as '+', the rest %XX.
    static func queryEscape(_ s: [UInt8]) -> [UInt8] {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        for c in s {
            switch c {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x5F, 0x2E, 0x7E: out.append(c)
            case 0x20: out.append(0x2B)
            default: out += [0x25, hex[Int(c >> 4)], hex[Int(c & 0x0F)]]
            }
        }
        return out
    }
}
