/// `http.routers.<name>`: which requests (rule, entry points, TLS or not) go to which service,
/// through which middlewares.
public struct RouterConfiguration: Sendable, Equatable, ConfigDecodable {
    /// Empty = the default entry points.
    public var entryPoints: [String] = []
    public var middlewares: [String] = []
    public var service = ""
    public var rule = ""
    /// `v2` or `v3` (empty = the default syntax).
    public var ruleSyntax = ""
    /// 0 = computed from the rule length.
    public var priority = 0
    /// Present (even empty) = an HTTPS-only router; absent = HTTP-only.
    public var tls: RouterTLSConfiguration?
    public var observability: RouterObservability?
    public var parentRefs: [String] = []

    public init(rule: String = "", service: String = "", entryPoints: [String] = [], middlewares: [String] = []) {
        self.rule = rule
        self.service = service
        self.entryPoints = entryPoints
        self.middlewares = middlewares
    }

    public static var configTypeName: String { "*dynamic.Router" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "entrypoints": entryPoints = try value.decode()
            case "middlewares": middlewares = try value.decode()
            case "service": service = try value.decode()
            case "rule": rule = try value.decode()
            case "rulesyntax": ruleSyntax = try value.decode()
            case "priority": priority = try value.decode()
            case "tls": tls = try value.decode()
            case "observability": observability = try value.decode()
            case "parentrefs": parentRefs = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// A router's `tls` section ("allow empty": `tls: {}` or `tls: true` is enough).
public struct RouterTLSConfiguration: Sendable, Equatable, ConfigDecodable {
    /// TLS options name; empty = `default`.
    public var options = ""
    public var certResolver = ""
    public var domains: [TLSDomain] = []

    public init() {}

    public static var allowsEmptySection: Bool { true }
    public static var configTypeName: String { "*dynamic.RouterTLSConfig" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "options": options = try value.decode()
            case "certresolver": certResolver = try value.decode()
            case "domains": domains = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct TLSDomain: Sendable, Equatable, ConfigDecodable {
    public var main = ""
    public var sans: [String] = []

    public init() {}

    public static var configTypeName: String { "types.Domain" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "main": main = try value.decode()
            case "sans": sans = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// Per-router observability switches; nil fields inherit the entry point's setting.
public struct RouterObservability: Sendable, Equatable, ConfigDecodable {
    public var accessLogs: Bool?
    public var metrics: Bool?
    public var tracing: Bool?
    /// `minimal` or `detailed`.
    public var traceVerbosity = ""

    public init() {}

    public static var configTypeName: String { "*dynamic.RouterObservabilityConfig" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "accesslogs": accessLogs = try value.decode()
            case "metrics": metrics = try value.decode()
            case "tracing": tracing = try value.decode()
            case "traceverbosity": traceVerbosity = try value.decode()
            default: return false
            }
            return true
        }
    }
}
