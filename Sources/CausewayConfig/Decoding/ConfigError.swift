/// A configuration error that names where it happened: the file (when the source is a file), the
/// line (when the source knows lines), and the key path. Rendered like
/// `dynamic.yml:12: http.routers.api: field not found, node: prioriti`.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var path: ConfigPath
    public var message: String

    public init(file: String? = nil, line: Int? = nil, path: ConfigPath = ConfigPath(), message: String) {
        self.file = file
        self.line = line
        self.path = path
        self.message = message
    }

    public var description: String {
        var text = ""
        if let file {
            text += file
            if let line { text += ":\(line)" }
            text += ": "
        } else if let line {
            text += "line \(line): "
        }
        if !path.isEmpty { text += "\(path): " }
        return text + message
    }
}
