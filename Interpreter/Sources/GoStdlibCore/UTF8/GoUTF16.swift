/// Go's `unicode/utf16`: surrogate pairs, with U+FFFD for anything that cannot be encoded
/// or for unpaired surrogates when decoding.
public enum GoUTF16 {
    public static func isSurrogate(_ r: GoRune) -> Bool { r >= 0xD800 && r < 0xE000 }

    /// The rune of a surrogate pair, or U+FFFD if (r1, r2) is not one.
    public static func decodeRune(_ r1: GoRune, _ r2: GoRune) -> GoRune {
        if r1 >= 0xD800 && r1 < 0xDC00 && r2 >= 0xDC00 && r2 < 0xE000 {
            return (r1 - 0xD800) << 10 | (r2 - 0xDC00) + 0x10000
        }
        return GoUTF8.runeError
    }

    /// The surrogate pair for r, or (U+FFFD, U+FFFD) if r needs no pair or is invalid.
    public static func encodeRune(_ r: GoRune) -> (GoRune, GoRune) {
        if r < 0x10000 || r > GoUTF8.maxRune { return (GoUTF8.runeError, GoUTF8.runeError) }
        let v = r - 0x10000
        return (0xD800 + (v >> 10) & 0x3FF, 0xDC00 + v & 0x3FF)
    }

    public static func appendRune(_ out: inout [UInt16], _ r: GoRune) {
        switch r {
        case 0..<0xD800, 0xE000..<0x10000:
            out.append(UInt16(r))
        case 0x10000...GoUTF8.maxRune:
            let (a, b) = encodeRune(r)
            out.append(UInt16(a)); out.append(UInt16(b))
        default:
            out.append(0xFFFD)
        }
    }

    public static func encode(_ runes: [GoRune]) -> [UInt16] {
        var out: [UInt16] = []
        out.reserveCapacity(runes.count)
        for r in runes { appendRune(&out, r) }
        return out
    }

    public static func decode(_ units: [UInt16]) -> [GoRune] {
        var out: [GoRune] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            let u = GoRune(units[i])
            if u < 0xD800 || u >= 0xE000 {
                out.append(u)
            } else if u < 0xDC00 && i + 1 < units.count && units[i + 1] >= 0xDC00 && units[i + 1] < 0xE000 {
                out.append(decodeRune(u, GoRune(units[i + 1])))
                i += 1
            } else {
                out.append(GoUTF8.runeError)
            }
            i += 1
        }
        return out
    }
}
