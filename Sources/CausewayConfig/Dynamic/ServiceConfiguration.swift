/// `http.services.<name>`: exactly one type (`loadBalancer`, `weighted`, `mirroring`, `failover`,
/// `highestRandomWeight`). Several or none are not file errors in Traefik but make the service
/// fail to build; `typeError(name:)` gives Traefik's message for that.
public struct ServiceConfiguration: Sendable, Equatable, ConfigDecodable {
    public var loadBalancer: LoadBalancerConfiguration?
    public var weighted: WeightedServiceConfiguration?
    public var mirroring: MirroringServiceConfiguration?
    public var failover: FailoverServiceConfiguration?
    public var highestRandomWeight: WeightedServiceConfiguration?
    /// Middlewares applied in front of the service (Traefik v3.7+).
    public var middlewares: [String] = []

    public init(loadBalancer: LoadBalancerConfiguration? = nil, weighted: WeightedServiceConfiguration? = nil) {
        self.loadBalancer = loadBalancer
        self.weighted = weighted
    }

    public static var configTypeName: String { "*dynamic.Service" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "loadbalancer": loadBalancer = try value.decode()
            case "weighted": weighted = try value.decode()
            case "mirroring": mirroring = try value.decode()
            case "failover": failover = try value.decode()
            case "highestrandomweight": highestRandomWeight = try value.decode()
            case "middlewares": middlewares = try value.decode()
            default: return false
            }
            return true
        }
    }

    var typeCount: Int {
        [loadBalancer != nil, weighted != nil, mirroring != nil, failover != nil, highestRandomWeight != nil]
            .filter { $0 }.count
    }

    /// Traefik's build error for a service without exactly one type, or nil when it has one.
    public func typeError(name: String) -> String? {
        switch typeCount {
        case 1: return nil
        case 0: return "the service \"\(name)\" does not have any type defined"
        default:
            return "cannot create service: multi-types service not supported, consider declaring two different pieces of service instead"
        }
    }
}

/// `loadBalancer`: spreads requests over servers.
public struct LoadBalancerConfiguration: Sendable, Equatable, ConfigDecodable {
    public var servers: [ServerConfiguration] = []
    /// `wrr` (default), `p2c`, `hrw`, `leasttime`.
    public var strategy = "wrr"
    public var passHostHeader = true
    public var sticky: StickyConfiguration?
    public var healthCheck: ServerHealthCheckConfiguration?
    public var passiveHealthCheck: PassiveHealthCheckConfiguration?
    public var responseForwarding = ResponseForwardingConfiguration()
    /// Empty = the default transport (`default@internal`).
    public var serversTransport = ""

    public init(servers: [ServerConfiguration] = []) {
        self.servers = servers
    }

    public static var configTypeName: String { "*dynamic.ServersLoadBalancer" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "servers": servers = try value.decode()
            case "strategy": strategy = try value.decode()
            case "passhostheader": passHostHeader = try value.decode()
            case "sticky": sticky = try value.decode()
            case "healthcheck": healthCheck = try value.decode()
            case "passivehealthcheck": passiveHealthCheck = try value.decode()
            case "responseforwarding": responseForwarding = try value.decode()
            case "serverstransport": serversTransport = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// One upstream server of a load balancer.
public struct ServerConfiguration: Sendable, Equatable, ConfigDecodable {
    public var url = ""
    public var weight = 1
    /// When true the URL's path prefixes the forwarded request path.
    public var preservePath = false

    public init(url: String = "", weight: Int = 1, preservePath: Bool = false) {
        self.url = url
        self.weight = weight
        self.preservePath = preservePath
    }

    public static var configTypeName: String { "dynamic.Server" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "url": url = try value.decode()
            case "weight": weight = try value.decode()
            case "preservepath": preservePath = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct StickyConfiguration: Sendable, Equatable, ConfigDecodable {
    public var cookie: StickyCookieConfiguration?

    public init() {}

    public static var allowsEmptySection: Bool { true }
    public static var configTypeName: String { "*dynamic.Sticky" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "cookie": cookie = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct StickyCookieConfiguration: Sendable, Equatable, ConfigDecodable {
    /// Empty = derived from the service name.
    public var name = ""
    public var secure = false
    public var httpOnly = false
    public var sameSite = ""
    public var maxAge = 0
    public var path = "/"
    public var domain = ""

    public init() {}

    public static var allowsEmptySection: Bool { true }
    public static var configTypeName: String { "*dynamic.Cookie" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "name": name = try value.decode()
            case "secure": secure = try value.decode()
            case "httponly": httpOnly = try value.decode()
            case "samesite": sameSite = try value.decode()
            case "maxage": maxAge = try value.decode()
            case "path": path = try value.decode()
            case "domain": domain = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// Active health check of a load balancer's servers.
public struct ServerHealthCheckConfiguration: Sendable, Equatable, ConfigDecodable {
    public var scheme = ""
    /// `http` or `grpc`.
    public var mode = "http"
    public var path = ""
    public var method = "GET"
    /// 0 = any 2xx/3xx.
    public var status = 0
    public var port = 0
    public var interval = GoDuration.seconds(30)
    /// nil = `interval`.
    public var unhealthyInterval: GoDuration?
    public var timeout = GoDuration.seconds(5)
    public var hostname = ""
    public var followRedirects = true
    public var headers: [String: String] = [:]

    public init() {}

    public static var configTypeName: String { "*dynamic.ServerHealthCheck" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "scheme": scheme = try value.decode()
            case "mode": mode = try value.decode()
            case "path": path = try value.decode()
            case "method": method = try value.decode()
            case "status": status = try value.decode()
            case "port": port = try value.decode()
            case "interval": interval = try value.decode()
            case "unhealthyinterval": unhealthyInterval = try value.decode()
            case "timeout": timeout = try value.decode()
            case "hostname": hostname = try value.decode()
            case "followredirects": followRedirects = try value.decode()
            case "headers": headers = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct PassiveHealthCheckConfiguration: Sendable, Equatable, ConfigDecodable {
    public var failureWindow = GoDuration.seconds(10)
    public var maxFailedAttempts = 1

    public init() {}

    public static var configTypeName: String { "*dynamic.PassiveServerHealthCheck" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "failurewindow": failureWindow = try value.decode()
            case "maxfailedattempts": maxFailedAttempts = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct ResponseForwardingConfiguration: Sendable, Equatable, ConfigDecodable {
    /// Negative = flush after every write.
    public var flushInterval = GoDuration.milliseconds(100)

    public init() {}

    public static var configTypeName: String { "*dynamic.ResponseForwarding" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "flushinterval": flushInterval = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// `weighted` (and `highestRandomWeight`): picks a child service by weight.
public struct WeightedServiceConfiguration: Sendable, Equatable, ConfigDecodable {
    public var services: [WeightedServiceReference] = []
    public var sticky: StickyConfiguration?
    /// Present = propagate the children's health.
    public var healthCheck: ChildHealthCheckConfiguration?

    public init(services: [WeightedServiceReference] = []) {
        self.services = services
    }

    public static var configTypeName: String { "*dynamic.WeightedRoundRobin" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "services": services = try value.decode()
            case "sticky": sticky = try value.decode()
            case "healthcheck": healthCheck = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct WeightedServiceReference: Sendable, Equatable, ConfigDecodable {
    public var name = ""
    public var weight = 1

    public init(name: String = "", weight: Int = 1) {
        self.name = name
        self.weight = weight
    }

    public static var configTypeName: String { "dynamic.WRRService" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "name": name = try value.decode()
            case "weight": weight = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// The `healthCheck: {}` of composite services: no options, presence only.
public struct ChildHealthCheckConfiguration: Sendable, Equatable, ConfigDecodable {
    public init() {}

    public static var allowsEmptySection: Bool { true }
    public static var configTypeName: String { "*dynamic.HealthCheck" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { _, _ in false }
    }
}

/// `mirroring`: sends requests to a main service and copies to mirrors.
public struct MirroringServiceConfiguration: Sendable, Equatable, ConfigDecodable {
    public var service = ""
    public var mirrorBody = true
    /// -1 = unlimited.
    public var maxBodySize = -1
    public var mirrors: [MirrorConfiguration] = []
    public var healthCheck: ChildHealthCheckConfiguration?

    public init() {}

    public static var configTypeName: String { "*dynamic.Mirroring" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "service": service = try value.decode()
            case "mirrorbody": mirrorBody = try value.decode()
            case "maxbodysize": maxBodySize = try value.decode()
            case "mirrors": mirrors = try value.decode()
            case "healthcheck": healthCheck = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct MirrorConfiguration: Sendable, Equatable, ConfigDecodable {
    public var name = ""
    public var percent = 0

    public init() {}

    public static var configTypeName: String { "dynamic.MirrorService" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "name": name = try value.decode()
            case "percent": percent = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// `failover`: the main service while healthy, else the fallback.
public struct FailoverServiceConfiguration: Sendable, Equatable, ConfigDecodable {
    public var service = ""
    public var fallback = ""
    public var healthCheck: ChildHealthCheckConfiguration?
    /// Traefik v3.7 `errors` section, kept as written.
    public var errors: ConfigNode?

    public init() {}

    public static var configTypeName: String { "*dynamic.Failover" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "service": service = try value.decode()
            case "fallback": fallback = try value.decode()
            case "healthcheck": healthCheck = try value.decode()
            case "errors": errors = try value.decode()
            default: return false
            }
            return true
        }
    }
}
