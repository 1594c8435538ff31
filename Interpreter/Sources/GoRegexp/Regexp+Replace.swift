/// Replace and Expand, with Go's template syntax: `$1`, `${1}`, `$name`, `${name}`, `$$`.
extension Regexp {
    // MARK: - Core over bytes

    /// Go's `replaceAll`: the replacement is not applied to an empty match immediately after
    /// the previous match, and the search always advances by at least one code point.
    func replaceAll(
        _ src: UnsafeBufferPointer<UInt8>, slots: Int, _ replacement: (inout [UInt8], [Int]) -> Void
    ) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(src.count)
        var lastMatchEnd = 0
        var searchPos = 0
        let end = src.count
        withSearch(in: src, slots: max(slots, 2)) { search in
            while searchPos <= end {
                guard let found = search(searchPos) else { break }
                let m = Array(found)
                out.append(contentsOf: src[lastMatchEnd..<m[0]])
                if m[1] > lastMatchEnd || m[0] == 0 {
                    replacement(&out, m)
                }
                lastMatchEnd = m[1]
                let width = InputText.decode(src, at: searchPos).width
                if searchPos + width > m[1] {
                    searchPos += width
                } else if searchPos + 1 > m[1] {
                    searchPos += 1
                } else {
                    searchPos = m[1]
                }
            }
        }
        out.append(contentsOf: src[lastMatchEnd..<end])
        return out
    }

    /// Go's `expand`: appends `template` to `out` with `$` references replaced by the groups of
    /// `match` (byte offsets into `src`).
    func expand(
        into out: inout [UInt8], template: UnsafeBufferPointer<UInt8>, src: UnsafeBufferPointer<UInt8>,
        match: [Int]
    ) {
        var i = 0
        let n = template.count
        while i < n {
            guard let dollar = template[i...].firstIndex(of: UInt8(ascii: "$")) else { break }
            out.append(contentsOf: template[i..<dollar])
            i = dollar + 1
            if i < n && template[i] == UInt8(ascii: "$") {
                out.append(UInt8(ascii: "$"))
                i += 1
                continue
            }
            guard let ref = TemplateReference.parse(template, at: i) else {
                // Malformed reference: keep the dollar sign as text.
                out.append(UInt8(ascii: "$"))
                continue
            }
            i = ref.end
            var group = ref.number
            if group < 0 {
                // Go picks the first group with the name that participated in the match.
                for (k, name) in subexpNames.enumerated() where name == ref.name {
                    if 2 * k + 1 < match.count && match[2 * k] >= 0 { group = k; break }
                }
            }
            if group >= 0 && 2 * group + 1 < match.count && match[2 * group] >= 0 {
                out.append(contentsOf: src[match[2 * group]..<match[2 * group + 1]])
            }
        }
        if i < n { out.append(contentsOf: template[i..<n]) }
    }

    // MARK: - Strings

    /// Go's `ReplaceAllString`: `template` may refer to groups with `$1`, `${name}`, ...
    public func replaceAll(in s: String, with template: String) -> String {
        let usesDollar = template.utf8.contains(UInt8(ascii: "$"))
        let bytes = withUTF8Bytes(s) { src in
            withUTF8Bytes(template) { tmpl in
                replaceAll(src, slots: usesDollar ? allSlots : 2) { out, m in
                    expand(into: &out, template: tmpl, src: src, match: m)
                }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Go's `ReplaceAllLiteralString`: `replacement` is inserted as is.
    public func replaceAllLiteral(in s: String, with replacement: String) -> String {
        let bytes = withUTF8Bytes(s) { src in
            withUTF8Bytes(replacement) { rep in replaceAll(src, slots: 2) { out, _ in out.append(contentsOf: rep) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Go's `ReplaceAllStringFunc`: each match is replaced by `transform(match)`.
    public func replaceAll(in s: String, using transform: (String) -> String) -> String {
        let bytes = withUTF8Bytes(s) { src in
            replaceAll(src, slots: 2) { out, m in
                let matched = String(decoding: UnsafeBufferPointer(rebasing: src[m[0]..<m[1]]), as: UTF8.self)
                out.append(contentsOf: transform(matched).utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Go's `ExpandString`: the template with references to `match` (indices into `source`,
    /// e.g. from `firstMatchIndices`) substituted.
    public func expand(template: String, source: String, match: [Int]) -> String {
        var out: [UInt8] = []
        withUTF8Bytes(template) { tmpl in
            withUTF8Bytes(source) { src in expand(into: &out, template: tmpl, src: src, match: match) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Byte arrays

    /// Go's `replaceAll` with the replacement produced by the caller (for bindings whose
    /// replacement runs foreign code): `replacement` appends the text for one match, given its
    /// byte offsets — every group's when `submatches` is true, else only the whole match's.
    public func replaceMatches(
        in src: [UInt8], submatches: Bool, _ replacement: (inout [UInt8], [Int]) -> Void
    ) -> [UInt8] {
        src.withUnsafeBufferPointer { s in replaceAll(s, slots: submatches ? allSlots : 2, replacement) }
    }

    /// Go's `ReplaceAll` over bytes.
    public func replaceAll(in src: [UInt8], with template: [UInt8]) -> [UInt8] {
        src.withUnsafeBufferPointer { s in
            template.withUnsafeBufferPointer { t in
                replaceAll(s, slots: t.contains(UInt8(ascii: "$")) ? allSlots : 2) { out, m in
                    expand(into: &out, template: t, src: s, match: m)
                }
            }
        }
    }

    /// Go's `ReplaceAllLiteral` over bytes.
    public func replaceAllLiteral(in src: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        src.withUnsafeBufferPointer { s in replaceAll(s, slots: 2) { out, _ in out.append(contentsOf: replacement) } }
    }

    /// Go's `ReplaceAllFunc` over bytes.
    public func replaceAll(in src: [UInt8], using transform: ([UInt8]) -> [UInt8]) -> [UInt8] {
        src.withUnsafeBufferPointer { s in
            replaceAll(s, slots: 2) { out, m in out.append(contentsOf: transform(Array(s[m[0]..<m[1]]))) }
        }
    }

    /// Go's `Expand` over bytes.
    public func expand(template: [UInt8], source: [UInt8], match: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        template.withUnsafeBufferPointer { t in
            source.withUnsafeBufferPointer { s in expand(into: &out, template: t, src: s, match: match) }
        }
        return out
    }
}

/// A `$name`, `${name}` or `$1` reference in a replacement template (Go's `extract`).
struct TemplateReference {
    var name: String
    /// The group number, or -1 when the reference is by name.
    var number: Int
    /// Index just past the reference.
    var end: Int

    /// Parses the reference starting right after a `$` at `start`.
    static func parse(_ t: UnsafeBufferPointer<UInt8>, at start: Int) -> TemplateReference? {
        var i = start
        guard i < t.count else { return nil }
        let brace = t[i] == UInt8(ascii: "{")
        if brace { i += 1 }
        let nameStart = i
        while i < t.count {
            // Go accepts Unicode letters and digits and '_' in names.
            let (r, width) = InputText.decode(t, at: i)
            guard r == 0x5F || isLetterOrDigit(r) else { break }
            i += width
        }
        guard i > nameStart else { return nil }
        let name = String(decoding: UnsafeBufferPointer(rebasing: t[nameStart..<i]), as: UTF8.self)
        if brace {
            guard i < t.count, t[i] == UInt8(ascii: "}") else { return nil }
            i += 1
        }
        var number = 0
        for b in name.utf8 {
            if b < 0x30 || b > 0x39 || number >= 100_000_000 { number = -1; break }
            number = number * 10 + Int(b - 0x30)
        }
        // Leading zeros make it a name, not a number.
        if name.utf8.first == UInt8(ascii: "0") && name.utf8.count > 1 { number = -1 }
        return TemplateReference(name: name, number: number, end: i)
    }

    private static func isLetterOrDigit(_ r: Int32) -> Bool {
        if r < 0x80 {
            return (r >= 0x30 && r <= 0x39) || (r >= 0x41 && r <= 0x5A) || (r >= 0x61 && r <= 0x7A)
        }
        guard r != InputText.replacement, let scalar = Unicode.Scalar(UInt32(r)) else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber:
            return true
        default:
            return false
        }
    }
}
