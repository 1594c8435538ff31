/// Type identity (Go spec "Type identity"). Interning makes it an id comparison; the
/// tag-blind variant, needed only by conversions, walks the structure.
extension GoType {
    public func isIdentical(to other: GoType) -> Bool { id == other.id }

    /// Identity that ignores struct tags (spec "Conversions").
    public func isIdenticalIgnoringTags(to other: GoType) -> Bool {
        if id == other.id { return true }
        switch (kind, other.kind) {
        case (.pointer(let a), .pointer(let b)), (.slice(let a), .slice(let b)):
            return a.isIdenticalIgnoringTags(to: b)
        case (.array(let a, let n), .array(let b, let m)):
            return n == m && a.isIdenticalIgnoringTags(to: b)
        case (.map(let k1, let v1), .map(let k2, let v2)):
            return k1.isIdenticalIgnoringTags(to: k2) && v1.isIdenticalIgnoringTags(to: v2)
        case (.chan(let a, let d1), .chan(let b, let d2)):
            return d1 == d2 && a.isIdenticalIgnoringTags(to: b)
        case (.structure(let s), .structure(let t)):
            guard s.fields.count == t.fields.count else { return false }
            return zip(s.fields, t.fields).allSatisfy { f, g in
                f.name == g.name && f.package == g.package && f.embedded == g.embedded
                    && f.type.isIdenticalIgnoringTags(to: g.type)
            }
        case (.signature(let s), .signature(let t)):
            return s.isVariadic == t.isVariadic
                && s.parameters.count == t.parameters.count && s.results.count == t.results.count
                && zip(s.parameters, t.parameters).allSatisfy { $0.isIdenticalIgnoringTags(to: $1) }
                && zip(s.results, t.results).allSatisfy { $0.isIdenticalIgnoringTags(to: $1) }
        case (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isIdenticalIgnoringTags(to: $1) }
        default:
            return false
        }
    }
}
