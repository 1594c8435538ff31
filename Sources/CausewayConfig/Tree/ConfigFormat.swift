/// The file formats configuration files may use, chosen by extension (case-insensitive).
public enum ConfigFormat: String, Sendable, CaseIterable {
    case yaml, toml

    public init?(fileName: String) {
        let lower = fileName.lowercased()
        if lower.hasSuffix(".yml") || lower.hasSuffix(".yaml") {
            self = .yaml
        } else if lower.hasSuffix(".toml") {
            self = .toml
        } else {
            return nil
        }
    }

    /// Parses `text` into a tree; errors name `file` (and the line for YAML and TOML syntax).
    public func parse(_ text: String, file: String?) throws -> ConfigNode {
        switch self {
        case .yaml: return try YAMLTreeReader.read(text, file: file)
        case .toml: return try TOMLTreeReader.read(text, file: file)
        }
    }
}
