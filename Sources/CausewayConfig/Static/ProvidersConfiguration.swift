/// `providers`: the throttle shared by all providers and the file provider's options.
public struct ProvidersConfiguration: Sendable, Equatable, ConfigDecodable {
    /// Minimum pause between two configurations forwarded from one provider (0 = no throttle).
    public var providersThrottleDuration = GoDuration.seconds(2)
    public var file: FileProviderConfiguration?

    public init() {}

    public static var configTypeName: String { "*static.Providers" }

    /// Traefik providers Causeway does not implement; accepted so existing files start.
    static let unimplementedProviders: Set<String> = [
        "precedence", "docker", "swarm", "kubernetescrd", "kubernetesingress", "kubernetesingressnginx",
        "kubernetesgateway", "knative", "rest", "consulcatalog", "nomad", "ecs", "consul", "etcd",
        "zookeeper", "redis", "http", "plugin", "marathon", "rancher",
    ]

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "providersthrottleduration": providersThrottleDuration = try value.decode()
            case "file": file = try value.decode()
            case _ where Self.unimplementedProviders.contains(key): value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }
}

/// `providers.file`: one file or a directory of dynamic configuration.
public struct FileProviderConfiguration: Sendable, Equatable, ConfigDecodable {
    public var filename = ""
    /// Wins over `filename` when both are set.
    public var directory = ""
    public var watch = true
    public var debugLogGeneratedTemplate = false

    public init(filename: String = "", directory: String = "", watch: Bool = true) {
        self.filename = filename
        self.directory = directory
        self.watch = watch
    }

    public static var configTypeName: String { "*file.Provider" }

    public init(from decoder: ConfigDecoder) throws {
        self.init()
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "filename": filename = try value.decode()
            case "directory": directory = try value.decode()
            case "watch": watch = try value.decode()
            case "debugloggeneratedtemplate": debugLogGeneratedTemplate = try value.decode()
            default: return false
            }
            return true
        }
    }
}
