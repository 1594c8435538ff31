/// A struct field. `name` is the type's name for an embedded field (`T` for `*pkg.T`).
public struct StructField: Sendable, Hashable {
    public let name: String
    public let type: GoType
    public let embedded: Bool
    public let tag: String
    /// Set for unexported names only: such fields from different packages are different.
    public let package: PackageRef?

    public init(name: String, type: GoType, embedded: Bool = false, tag: String = "", package: PackageRef?) {
        self.name = name
        self.type = type
        self.embedded = embedded
        self.tag = tag
        self.package = isExportedName(name) ? nil : package
    }

    public var isExported: Bool { isExportedName(name) }
}

/// The fields of a struct type, in order, with a name index for selector look-up.
public final class StructInfo: Sendable {
    public let fields: [StructField]
    private let indexByName: [String: Int]

    init(fields: [StructField]) {
        self.fields = fields
        var index: [String: Int] = [:]
        for (i, field) in fields.enumerated() where field.name != "_" && index[field.name] == nil {
            index[field.name] = i
        }
        self.indexByName = index
    }

    /// The index of the field with this name (unexported names must match the package too).
    public func fieldIndex(named name: String, package: PackageRef?) -> Int? {
        guard let i = indexByName[name] else { return nil }
        let field = fields[i]
        if field.package != nil && field.package != package { return nil }
        return i
    }
}
