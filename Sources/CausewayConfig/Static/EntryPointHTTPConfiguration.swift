/// `entryPoints.<name>.http`: defaults applied to every HTTP router of the entry point.
public struct EntryPointHTTPConfiguration: Sendable, Equatable, ConfigDecodable {
    public var redirections: EntryPointRedirections?
    /// Prepended to every router on this entry point (names should be provider-qualified).
    public var middlewares: [String] = []
    /// Default `tls` for every router on this entry point.
    public var tls: RouterTLSConfiguration?
    public var encodeQuerySemicolons = false
    public var sanitizePath = true
    /// 1 MiB, Go's default.
    public var maxHeaderBytes = 1 << 20

    public init() {}

    public static var configTypeName: String { "*static.HTTPConfig" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "redirections": redirections = try value.decode()
            case "middlewares": middlewares = try value.decode()
            case "tls": tls = try value.decode()
            case "encodequerysemicolons": encodeQuerySemicolons = try value.decode()
            case "sanitizepath": sanitizePath = try value.decode()
            case "maxheaderbytes": maxHeaderBytes = try value.decode()
            case "encodedcharacters": value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }
}

public struct EntryPointRedirections: Sendable, Equatable, ConfigDecodable {
    public var entryPoint: EntryPointRedirection?

    public init() {}

    public static var configTypeName: String { "*static.Redirections" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            guard key == "entrypoint" else { return false }
            entryPoint = try value.decode()
            return true
        }
    }
}

/// `http.redirections.entryPoint`: a catch-all redirect of this entry point to another one.
public struct EntryPointRedirection: Sendable, Equatable, ConfigDecodable {
    /// Target entry point name or `:port`.
    public var to = ""
    public var scheme = "https"
    public var permanent = true
    /// Priority of the generated catch-all router.
    public var priority = Int.max - 1

    public init() {}

    public static var configTypeName: String { "*static.RedirectEntryPoint" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "to": to = try value.decode()
            case "scheme": scheme = try value.decode()
            case "permanent": permanent = try value.decode()
            case "priority": priority = try value.decode()
            default: return false
            }
            return true
        }
    }
}
