/// Go's `unicode.ToUpper`, `ToLower`, `ToTitle` and `SimpleFold` (simple, one-to-one mappings).
///
/// Swift exposes the *full* case mappings; where a full mapping is a single scalar it equals
/// the simple one. Where it expands to several scalars the simple mapping is either the
/// identity or, for a few Greek letters with iota, listed below.
extension GoUnicode {
    public enum CaseKind: Sendable { case upper, lower, title }

    public static func to(_ kind: CaseKind, _ r: GoRune) -> GoRune {
        if r < 0x80 {
            switch kind {
            case .upper, .title: return r >= 0x61 && r <= 0x7A ? r - 32 : r
            case .lower: return r >= 0x41 && r <= 0x5A ? r + 32 : r
            }
        }
        guard let scalar = Unicode.Scalar(UInt32(max(r, 0))), r >= 0 else { return r }
        if let special = simpleMappingException(r, kind) { return special }
        let mapped: String
        switch kind {
        case .upper: mapped = scalar.properties.uppercaseMapping
        case .lower: mapped = scalar.properties.lowercaseMapping
        case .title: mapped = scalar.properties.titlecaseMapping
        }
        let scalars = mapped.unicodeScalars
        guard scalars.count == 1, let only = scalars.first else { return r }
        return GoRune(only.value)
    }

    public static func toUpper(_ r: GoRune) -> GoRune { to(.upper, r) }
    public static func toLower(_ r: GoRune) -> GoRune { to(.lower, r) }
    public static func toTitle(_ r: GoRune) -> GoRune { to(.title, r) }

    /// Simple mappings that differ from a one-scalar full mapping.
    private static func simpleMappingException(_ r: GoRune, _ kind: CaseKind) -> GoRune? {
        switch (kind, r) {
        case (.lower, 0x130): return 0x69                       // İ → i (full mapping adds a dot)
        // Greek with ypogegrammeni: the simple upper/title form is the precomposed
        // prosgegrammeni letter, while the full uppercase expands to two scalars.
        case (.upper, 0x1F80...0x1F87), (.upper, 0x1F90...0x1F97), (.upper, 0x1FA0...0x1FA7):
            return r + 8
        case (.upper, 0x1FB3), (.upper, 0x1FC3), (.upper, 0x1FF3):
            return r + 9
        default:
            return nil
        }
    }

    /// Runes whose case-folding orbit is not just {r, ToLower(r), ToUpper(r)}: the next rune
    /// in the orbit (Unicode CaseFolding.txt equivalence classes, in increasing order).
    private static let foldOrbit: [GoRune: GoRune] = [
        0x6B: 0x212A, 0x73: 0x17F, 0xDF: 0x1E9E, 0xE5: 0x212B, 0x130: 0x130, 0x131: 0x131,
        0x1C4: 0x1C5, 0x1C7: 0x1C8, 0x1CA: 0x1CB, 0x1F1: 0x1F2, 0x3A3: 0x3C2, 0x3B2: 0x3D0,
        0x3B5: 0x3F5, 0x3B8: 0x3D1, 0x3B9: 0x1FBE, 0x3BA: 0x3F0, 0x3BC: 0xB5, 0x3C0: 0x3D6,
        0x3C1: 0x3F1, 0x3C2: 0x3C3, 0x3C6: 0x3D5, 0x3C9: 0x2126, 0x3D1: 0x3F4, 0x3F4: 0x398,
        0x432: 0x1C80, 0x434: 0x1C81, 0x43E: 0x1C82, 0x441: 0x1C83, 0x442: 0x1C84, 0x44A: 0x1C86,
        0x463: 0x1C87, 0x1C84: 0x1C85, 0x1E61: 0x1E9B, 0x1FBE: 0x345, 0x2126: 0x3A9, 0x212A: 0x4B,
        0x212B: 0xC5, 0xA64B: 0x1C88,
    ]

    /// The smallest rune greater than `r` that is equivalent under simple case folding,
    /// wrapping around to the smallest; `r` itself if it has no other case.
    public static func simpleFold(_ r: GoRune) -> GoRune {
        if r < 0 || r > maxRune { return r }
        if r < 0x80 {
            if r >= 0x41 && r <= 0x5A { return r + 32 }
            if r == 0x6B { return 0x212A }
            if r == 0x73 { return 0x17F }
            if r >= 0x61 && r <= 0x7A { return r - 32 }
            return r
        }
        if let next = foldOrbit[r] { return next }
        let l = toLower(r)
        if l != r { return l }
        return toUpper(r)
    }
}
