/// A problem with one manifest, naming the file and (when known) the field:
/// `plugins-local/src/github.com/x/y/.traefik.yml: field "import": …`.
public struct PluginManifestError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    public let field: String?
    public let message: String

    public init(file: String, field: String?, message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    public var description: String {
        if let field { return "\(file): field \"\(field)\": \(message)" }
        return "\(file): \(message)"
    }
}
