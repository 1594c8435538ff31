/// Go's `unicode` classification functions (IsLetter, IsDigit, …).
///
/// Categories come from Swift's `Unicode.Scalar.Properties`, so they follow the Unicode version
/// of the Swift runtime rather than the one compiled into a given Go release; only characters
/// assigned in between can differ. Latin-1 follows Go's own rules exactly (e.g. IsSpace).
public enum GoUnicode {
    public static let maxRune: GoRune = 0x10FFFF
    public static let replacementChar: GoRune = 0xFFFD

    @inline(__always)
    static func category(_ r: GoRune) -> Unicode.GeneralCategory? {
        guard r >= 0, let s = Unicode.Scalar(UInt32(r)) else { return nil }
        return s.properties.generalCategory
    }

    public static func isLetter(_ r: GoRune) -> Bool {
        if r < 0x80 { return (r | 0x20) >= 0x61 && (r | 0x20) <= 0x7A }
        switch category(r) {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    public static func isUpper(_ r: GoRune) -> Bool {
        if r < 0x80 { return r >= 0x41 && r <= 0x5A }
        return category(r) == .uppercaseLetter
    }

    public static func isLower(_ r: GoRune) -> Bool {
        if r < 0x80 { return r >= 0x61 && r <= 0x7A }
        return category(r) == .lowercaseLetter
    }

    public static func isTitle(_ r: GoRune) -> Bool { category(r) == .titlecaseLetter }

    public static func isDigit(_ r: GoRune) -> Bool {
        if r < 0x80 { return r >= 0x30 && r <= 0x39 }
        return category(r) == .decimalNumber
    }

    public static func isNumber(_ r: GoRune) -> Bool {
        switch category(r) {
        case .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    public static func isMark(_ r: GoRune) -> Bool {
        switch category(r) {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    public static func isPunct(_ r: GoRune) -> Bool {
        switch category(r) {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    public static func isSymbol(_ r: GoRune) -> Bool {
        switch category(r) {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return true
        default: return false
        }
    }

    public static func isControl(_ r: GoRune) -> Bool {
        (r >= 0 && r < 0x20) || (r >= 0x7F && r < 0xA0)
    }

    /// Go's definition of white space: Latin-1 '\t' '\n' '\v' '\f' '\r' ' ' U+0085 U+00A0,
    /// otherwise the Unicode White_Space property.
    public static func isSpace(_ r: GoRune) -> Bool {
        if r < 0x100 {
            switch r {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0: return true
            default: return false
            }
        }
        guard let s = Unicode.Scalar(UInt32(r)) else { return false }
        return s.properties.isWhitespace
    }

    /// Letters, marks, numbers, punctuation, symbols and the ASCII space.
    public static func isPrint(_ r: GoRune) -> Bool {
        if r < 0x80 { return r >= 0x20 && r < 0x7F }
        return isGraphicCategory(r, allowSpaceSeparator: false)
    }

    /// Like `isPrint` but also every space separator (Zs), e.g. U+00A0 and U+3000.
    public static func isGraphic(_ r: GoRune) -> Bool {
        if r < 0x80 { return r >= 0x20 && r < 0x7F }
        return isGraphicCategory(r, allowSpaceSeparator: true)
    }

    private static func isGraphicCategory(_ r: GoRune, allowSpaceSeparator: Bool) -> Bool {
        guard let c = category(r) else { return false }
        switch c {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator:
            return false
        case .spaceSeparator:
            return allowSpaceSeparator
        default:
            return true
        }
    }
}
