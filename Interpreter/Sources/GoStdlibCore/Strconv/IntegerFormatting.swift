/// Go's `FormatInt`, `FormatUint`, `Itoa`, `AppendInt`, `AppendUint` (bases 2 to 36, lower case).
extension GoStrconv {
    public static func appendUint(_ out: inout [UInt8], _ value: UInt64, base: Int) {
        precondition(base >= 2 && base <= 36, "strconv: illegal AppendInt/FormatInt base")
        if value < 10 { out.append(UInt8(48 + value)); return }
        var buf: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        // 64 binary digits fit in 64 bytes of stack; fill from the end.
        withUnsafeMutableBytes(of: &buf) { raw in
            var i = raw.count
            var v = value
            let b = UInt64(base)
            while v > 0 {
                i -= 1
                raw[i] = digits36[Int(v % b)]
                v /= b
            }
            out.append(contentsOf: raw[i...])
        }
    }

    public static func appendInt(_ out: inout [UInt8], _ value: Int64, base: Int) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            appendUint(&out, value.magnitude, base: base)
        } else {
            appendUint(&out, UInt64(value), base: base)
        }
    }

    public static func formatUint(_ value: UInt64, base: Int = 10) -> String {
        var out: [UInt8] = []
        appendUint(&out, value, base: base)
        return String(decoding: out, as: UTF8.self)
    }

    public static func formatInt(_ value: Int64, base: Int = 10) -> String {
        var out: [UInt8] = []
        appendInt(&out, value, base: base)
        return String(decoding: out, as: UTF8.self)
    }

    public static func itoa(_ value: Int) -> String { formatInt(Int64(value)) }

    public static func formatBool(_ b: Bool) -> String { b ? "true" : "false" }

    public static func appendBool(_ out: inout [UInt8], _ b: Bool) {
        out.append(contentsOf: (b ? "true" : "false").utf8)
    }
}
