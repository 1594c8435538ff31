extension GoStrings {
    /// Go's deprecated `strings.Title`: the first letter of each word in title case, where a
    /// word starts after a separator (ASCII other than letters, digits and '_', or a
    /// non-ASCII space).
    public static func title(_ s: [UInt8]) -> [UInt8] {
        var previous: GoRune = 0x20
        return map(s) { r in
            defer { previous = r }
            return isWordSeparator(previous) ? GoUnicode.toTitle(r) : r
        }
    }

    static func isWordSeparator(_ r: GoRune) -> Bool {
        if r <= 0x7F {
            switch r {
            case 0x30...0x39, 0x61...0x7A, 0x41...0x5A, 0x5F: return false
            default: return true
            }
        }
        if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
        return GoUnicode.isSpace(r)
    }
}
