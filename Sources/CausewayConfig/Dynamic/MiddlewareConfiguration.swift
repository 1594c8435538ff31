/// `http.middlewares.<name>`: one middleware type and its options. Options stay a raw tree (with
/// source lines) because built-in types are decoded and validated by the gateway when it builds
/// them; plugin options are converted here to what Traefik gives plugins (`PluginOptionValue`).
public struct MiddlewareConfiguration: Sendable, ConfigDecodable {
    /// Canonical names of the type keys present (`addPrefix`, `plugin` …), in source order.
    /// Exactly one is valid; see `typeError(name:)`.
    public var types: [String]
    /// The options of the first type, as written.
    public var options: ConfigNode
    /// For `plugin` middlewares: alias → options converted for the plugin.
    public var pluginOptions: [String: [String: PluginOptionValue]]
    /// The file the middleware was read from, for errors raised when its options are decoded
    /// later (not part of equality).
    public var file: String?
    /// Key path of `options` (`http.middlewares.<name>.<type>`).
    public var optionsPath: ConfigPath

    public init(type: String, options: ConfigNode = .map([]), pluginOptions: [String: [String: PluginOptionValue]] = [:]) {
        self.types = [type]
        self.options = options
        self.pluginOptions = pluginOptions
        self.optionsPath = ConfigPath([type])
    }

    public static var configTypeName: String { "*dynamic.Middleware" }

    /// The middleware type (nil when none is set).
    public var type: String? { types.first }

    /// The single plugin alias and its options, when this is a well-formed plugin middleware.
    public var plugin: (alias: String, options: [String: PluginOptionValue])? {
        guard type == "plugin", pluginOptions.count == 1, let first = pluginOptions.first else { return nil }
        return (first.key, first.value)
    }

    /// Traefik's build error when the middleware has not exactly one type (or a plugin block
    /// without exactly one alias), or nil.
    public func typeError(name: String) -> String? {
        if types.isEmpty {
            return "invalid middleware \"\(name)\" configuration: invalid middleware type or middleware does not exist"
        }
        if types.count > 1 {
            return "cannot create middleware: multi-types middleware not supported, consider declaring two different pieces of middleware instead"
        }
        if type == "plugin" {
            if pluginOptions.count != 1 {
                return "plugin: invalid configuration: no configuration or too many plugin definition"
            }
            if pluginOptions.keys.first == "" { return "plugin: missing plugin type" }
        }
        return nil
    }

    /// Decodes the options into a typed model with the same strict rules and error locations
    /// as the rest of the file.
    public func decodeOptions<T: ConfigDecodable>(as type: T.Type) throws -> T {
        try T(from: ConfigDecoder(node: options, path: optionsPath, file: file))
    }

    /// Built-in types Traefik accepts from files: lower-cased key → (canonical name, Go type for
    /// messages, "allow empty").
    static let knownTypes: [String: (name: String, goType: String, allowsEmpty: Bool)] = {
        let table: [(String, String, Bool)] = [
            ("addPrefix", "AddPrefix", false), ("basicAuth", "BasicAuth", false),
            ("buffering", "Buffering", false), ("chain", "Chain", false),
            ("circuitBreaker", "CircuitBreaker", false), ("compress", "Compress", true),
            ("contentType", "ContentType", true), ("digestAuth", "DigestAuth", false),
            ("encodedCharacters", "EncodedCharacters", false), ("errors", "ErrorPage", false),
            ("forwardAuth", "ForwardAuth", false), ("grpcWeb", "GrpcWeb", false),
            ("headers", "Headers", false), ("ipAllowList", "IPAllowList", false),
            ("ipWhiteList", "IPWhiteList", false), ("inFlightReq", "InFlightReq", false),
            ("passTLSClientCert", "PassTLSClientCert", false), ("rateLimit", "RateLimit", false),
            ("redirectRegex", "RedirectRegex", false), ("redirectScheme", "RedirectScheme", false),
            ("replacePath", "ReplacePath", false), ("replacePathRegex", "ReplacePathRegex", false),
            ("retry", "Retry", false), ("stripPrefix", "StripPrefix", false),
            ("stripPrefixRegex", "StripPrefixRegex", false), ("plugin", "map[string]dynamic.PluginConf", false),
        ]
        return Dictionary(uniqueKeysWithValues: table.map { ($0.0.lowercased(), (name: $0.0, goType: $0.1, allowsEmpty: $0.2)) })
    }()

    public init(from decoder: ConfigDecoder) throws {
        types = []
        options = .map([])
        pluginOptions = [:]
        file = decoder.file
        optionsPath = decoder.path
        try decoder.decodeSection(of: Self.self) { key, value in
            guard let known = Self.knownTypes[key] else { return false }
            if known.name == "plugin" {
                try decodePlugin(value)
            } else if known.allowsEmpty {
                // `compress: {}`/`true` enables with defaults; `false` leaves the type unset.
                if let text = value.node.scalarText, text.lowercased() != "true" { return true }
            } else if value.node.hasNoChildren {
                throw value.errorNamingNode("\(value.path.components.last ?? key) cannot be a standalone element (type *dynamic.\(known.goType))")
            } else if case .scalar(let text, _) = value.node.value {
                throw value.error("expected a section (type *dynamic.\(known.goType)), got \"\(text)\"")
            }
            if types.isEmpty {
                options = value.node.scalarText == nil ? value.node : .map([], line: value.node.line)
                optionsPath = value.path
            }
            types.append(known.name)
            return true
        }
    }

    private mutating func decodePlugin(_ value: ConfigDecoder) throws {
        let standalone = "plugin cannot be a standalone element (type map[string]dynamic.PluginConf)"
        guard let entries = value.node.entries, !entries.isEmpty else {
            if value.node.hasNoChildren { throw value.errorNamingNode(standalone) }
            throw value.error("expected a section (type map[string]dynamic.PluginConf), got \(value.node)")
        }
        for entry in entries {
            let aliasDecoder = value.child(entry.node, path: value.path.appending(entry.key))
            // `plugin: {alias: }` rejects the file; `plugin: {alias: {}}` means "no options".
            if entry.node.isNull { throw value.errorNamingNode(standalone) }
            pluginOptions[entry.key] = try PluginOptionValue.convertOptions(aliasDecoder)
        }
    }
}

extension MiddlewareConfiguration: Equatable {
    public static func == (lhs: MiddlewareConfiguration, rhs: MiddlewareConfiguration) -> Bool {
        lhs.types == rhs.types && lhs.options == rhs.options && lhs.pluginOptions == rhs.pluginOptions
    }
}
