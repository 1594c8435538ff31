/// Decodes one node of a configuration tree. Carries the key path and the file name so every
/// error can say where it happened, and collects the paths of accepted-but-unimplemented options.
public struct ConfigDecoder {
    public let node: ConfigNode
    public let path: ConfigPath
    let context: DecodingContext

    public init(node: ConfigNode, path: ConfigPath = ConfigPath(), file: String? = nil) {
        self.init(node: node, path: path, context: DecodingContext(file: file))
    }

    init(node: ConfigNode, path: ConfigPath, context: DecodingContext) {
        self.node = node
        self.path = path
        self.context = context
    }

    public var file: String? { context.file }

    /// Options this decode accepted without implementing them (full key paths).
    public var ignoredOptions: [String] { context.ignoredOptions }

    public func decode<T: ConfigDecodable>(_ type: T.Type = T.self) throws -> T {
        try T(from: self)
    }

    /// Decodes a struct section. Applies the empty-section rules, then hands every entry to
    /// `field` with its key lower-cased (struct fields match case-insensitively); `field` returns
    /// false for a key the section does not know, which is an error naming that key.
    public func decodeSection<T: ConfigDecodable>(
        of type: T.Type,
        _ field: (_ key: String, _ value: ConfigDecoder) throws -> Bool
    ) throws {
        switch node.value {
        case .null:
            guard T.allowsEmptySection else { throw standaloneError(T.self) }
        case .list(let items):
            guard items.isEmpty else { throw error("expected a section (type \(T.configTypeName)), got a list") }
            guard T.allowsEmptySection else { throw standaloneError(T.self) }
        case .scalar(let text, _):
            guard T.allowsEmptySection, text.lowercased() == "true" else {
                throw error("expected a section (type \(T.configTypeName)), got \"\(text)\"")
            }
        case .map(let entries):
            guard !entries.isEmpty || T.allowsEmptySection else { throw standaloneError(T.self) }
            for entry in entries {
                let child = ConfigDecoder(node: entry.node, path: path.appending(entry.key), context: context)
                guard try field(entry.key.lowercased(), child) else {
                    throw ConfigError(file: file, line: entry.keyLine ?? node.line, path: path,
                                      message: "field not found, node: \(entry.key)")
                }
            }
        }
    }

    /// Marks this option as accepted for Traefik compatibility but not implemented; the loader
    /// reports all of them in one warning.
    public func ignoreUnimplemented() {
        context.ignoredOptions.append(path.description)
    }

    /// An error at this node's path and line.
    public func error(_ message: String) -> ConfigError {
        ConfigError(file: file, line: node.line, path: path, message: message)
    }

    /// An error at the parent's path whose message names this node, like paerser's errors.
    public func errorNamingNode(_ message: String) -> ConfigError {
        let parent = ConfigPath(Array(path.components.dropLast()))
        return ConfigError(file: file, line: node.line, path: parent, message: message)
    }

    func standaloneError<T>(_ type: T.Type) -> ConfigError where T: ConfigDecodable {
        errorNamingNode("\(path.components.last ?? "") cannot be a standalone element (type \(T.configTypeName))")
    }

    func child(_ node: ConfigNode, path: ConfigPath) -> ConfigDecoder {
        ConfigDecoder(node: node, path: path, context: context)
    }
}

/// Shared, mutable state of one decode pass (never crosses a concurrency boundary).
final class DecodingContext {
    let file: String?
    var ignoredOptions: [String] = []

    init(file: String?) {
        self.file = file
    }
}
