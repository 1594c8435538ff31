/// An interface type, stored in its complete form: the method set of everything embedded,
/// plus the type set restriction of constraint interfaces (`~int | ~string`, `comparable`).
public final class InterfaceInfo: Sendable {
    /// All methods, sorted by name (then package path), embedded ones included.
    public let methods: [Method]
    /// The permitted types, or nil when every type with the methods qualifies.
    /// An empty array is the empty type set.
    public let terms: [TypeTerm]?
    /// Embeds `comparable` (directly or through another constraint).
    public let isComparableConstraint: Bool

    init(methods: [Method], terms: [TypeTerm]?, isComparableConstraint: Bool) {
        self.methods = methods
        self.terms = terms
        self.isComparableConstraint = isComparableConstraint
    }

    /// `interface{}`: every type implements it.
    public var isEmpty: Bool { methods.isEmpty && terms == nil && !isComparableConstraint }
    /// Interfaces with type terms or `comparable` may only be used as constraints.
    public var isBasic: Bool { terms == nil && !isComparableConstraint }

    public func method(named name: String, package: PackageRef?) -> Method? {
        let package = isExportedName(name) ? nil : package
        return methods.first { $0.name == name && $0.package == package }
    }

    /// Index of the method in `methods`: the slot an interface value's method table uses.
    public func methodIndex(named name: String, package: PackageRef?) -> Int? {
        let package = isExportedName(name) ? nil : package
        return methods.firstIndex { $0.name == name && $0.package == package }
    }
}
