/// The dynamic configuration of one provider: routers, services, middlewares and transports,
/// hot-reloaded. TCP, UDP and TLS sections are accepted and kept as written (not implemented).
public struct DynamicConfiguration: Sendable, Equatable, ConfigDecodable {
    public var http = HTTPConfiguration()
    public var tcp: ConfigNode?
    public var udp: ConfigNode?
    public var tls: ConfigNode?

    public init(http: HTTPConfiguration = HTTPConfiguration()) {
        self.http = http
    }

    public static var configTypeName: String { "*dynamic.Configuration" }

    /// Top-level keys match `http`/`tcp`/`udp`/`tls` case-insensitively; any other top-level key
    /// is ignored silently, as Traefik's file provider does.
    public init(from decoder: ConfigDecoder) throws {
        guard let entries = decoder.node.entries else {
            if decoder.node.hasNoChildren { return }
            throw decoder.error("expected a map at the top level, got \(decoder.node)")
        }
        for entry in entries {
            let value = decoder.child(entry.node, path: decoder.path.appending(entry.key))
            switch entry.key.lowercased() {
            case "http": http = try value.decode()
            case "tcp": tcp = entry.node
            case "udp": udp = entry.node
            case "tls": tls = entry.node
            default: continue
            }
        }
    }

    /// Decodes one file's text.
    public static func parse(_ text: String, format: ConfigFormat, file: String) throws -> DynamicConfiguration {
        try DynamicConfiguration(from: ConfigDecoder(node: try format.parse(text, file: file), file: file))
    }
}

/// The `http` section.
public struct HTTPConfiguration: Sendable, Equatable, ConfigDecodable {
    public var routers: [String: RouterConfiguration] = [:]
    public var services: [String: ServiceConfiguration] = [:]
    public var middlewares: [String: MiddlewareConfiguration] = [:]
    public var serversTransports: [String: ServersTransportConfiguration] = [:]

    public init(
        routers: [String: RouterConfiguration] = [:],
        services: [String: ServiceConfiguration] = [:],
        middlewares: [String: MiddlewareConfiguration] = [:],
        serversTransports: [String: ServersTransportConfiguration] = [:]
    ) {
        self.routers = routers
        self.services = services
        self.middlewares = middlewares
        self.serversTransports = serversTransports
    }

    public static var configTypeName: String { "*dynamic.HTTPConfiguration" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "routers": routers = try value.decodeNamedElements()
            case "services": services = try value.decodeNamedElements()
            case "middlewares": middlewares = try value.decodeNamedElements()
            case "serverstransports": serversTransports = try value.decodeNamedElements()
            case "models": value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }

    public var isEmpty: Bool {
        routers.isEmpty && services.isEmpty && middlewares.isEmpty && serversTransports.isEmpty
    }
}

extension ConfigDecoder {
    /// A map of named elements (routers, services …). Names must not contain `@`, the separator
    /// of provider-qualified names.
    func decodeNamedElements<T: ConfigDecodable>() throws -> [String: T] {
        for entry in node.entries ?? [] where entry.key.contains(QualifiedName.separator) {
            throw ConfigError(file: file, line: entry.keyLine ?? node.line, path: path,
                              message: "invalid name \"\(entry.key)\": names must not contain \"@\"")
        }
        return try decode([String: T].self)
    }
}
