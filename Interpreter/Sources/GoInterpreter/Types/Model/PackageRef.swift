/// The package a named type, an unexported field or an unexported method belongs to.
/// Identity is the import path; the name is what `%T` and error messages print.
public struct PackageRef: Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let name: String

    public init(path: String, name: String) {
        self.path = path
        self.name = name
    }

    /// `main` for a program's own package.
    public init(path: String) {
        self.path = path
        self.name = String(path.split(separator: "/").last ?? Substring(path))
    }

    public var description: String { path }
}

/// Go's export rule: an identifier is exported when it starts with an upper-case letter.
public func isExportedName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first else { return false }
    return first.properties.isUppercase
}
