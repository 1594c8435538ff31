/// The static configuration: read once at start-up, never reloaded.
public struct StaticConfiguration: Sendable, Equatable, ConfigDecodable {
    public var entryPoints: [String: EntryPointConfiguration] = [:]
    public var providers = ProvidersConfiguration()
    public var log = LogConfiguration()
    public var serversTransport = StaticServersTransport()
    public var experimental: ExperimentalConfiguration?

    public init() {}

    public static var configTypeName: String { "*static.Configuration" }

    /// Traefik sections Causeway does not implement yet: accepted (and reported in one warning)
    /// so existing Traefik files start.
    static let unimplementedSections: Set<String> = [
        "global", "api", "ping", "metrics", "tracing", "accesslog", "certificatesresolvers",
        "hostresolver", "spiffe", "ocsp", "core", "tcpserverstransport", "pilot", "hub",
    ]

    public init(from decoder: ConfigDecoder) throws {
        // The root may be empty (an empty file, no flags): every default then applies.
        guard !decoder.node.hasNoChildren else { return }
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "entrypoints": entryPoints = try value.decode()
            case "providers": providers = try value.decode()
            case "log": log = try value.decode() ?? LogConfiguration()
            case "serverstransport": serversTransport = try value.decode()
            case "experimental": experimental = try value.decode()
            case _ where Self.unimplementedSections.contains(key): value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }

    /// Traefik's effective-configuration fix-up: with no entry point at all, one named `http`
    /// listens on `:80`.
    public mutating func applyEffectiveDefaults() {
        if entryPoints.isEmpty {
            entryPoints["http"] = EntryPointConfiguration(address: ":80")
        }
    }

    /// Entry points that serve routers naming none: those with `asDefault` if any has it, else all
    /// TCP entry points.
    public var defaultEntryPointNames: [String] {
        let flagged = entryPoints.filter { $0.value.asDefault }
        let candidates = flagged.isEmpty ? entryPoints.filter { $0.value.parsedAddress.network == .tcp } : flagged
        return candidates.keys.sorted()
    }
}
