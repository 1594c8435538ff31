/// One term of a union in a constraint interface: `T` or `~T`.
public struct TypeTerm: Sendable, Hashable {
    public let tilde: Bool
    public let type: GoType

    public init(tilde: Bool, type: GoType) {
        self.tilde = tilde
        self.type = type
    }

    /// Whether the type `t` is in this term's type set.
    public func includes(_ t: GoType) -> Bool {
        tilde ? t.underlying == type.underlying : t == type
    }

    /// The intersection of two terms, or nil when it is empty.
    public func intersection(_ other: TypeTerm) -> TypeTerm? {
        switch (tilde, other.tilde) {
        case (false, false): return type == other.type ? self : nil
        case (true, false): return includes(other.type) ? other : nil
        case (false, true): return other.includes(type) ? self : nil
        case (true, true): return type.underlying == other.type.underlying ? self : nil
        }
    }
}
