/// `entryPoints.<name>`: where Causeway listens and with which timeouts.
public struct EntryPointConfiguration: Sendable, Equatable, ConfigDecodable {
    /// As written (`:8080`, `127.0.0.1:8080/tcp`); `parsedAddress` is its parsed form.
    public var address: String = ""
    public var parsedAddress = EntryPointAddress(port: 80)
    /// If any entry point sets it, only those serve routers that name no entry points.
    public var asDefault = false
    public var transport = EntryPointTransport()
    public var forwardedHeaders = ForwardedHeadersConfiguration()
    /// Router defaults for this entry point (redirection, middlewares, TLS).
    public var http = EntryPointHTTPConfiguration()

    public init(address: String = ":80") {
        self.address = address
        self.parsedAddress = (try? EntryPointAddress(parsing: address)) ?? EntryPointAddress(port: 80)
    }

    public static var configTypeName: String { "*static.EntryPoint" }

    public init(from decoder: ConfigDecoder) throws {
        self.init(address: "")
        var addressDecoder: ConfigDecoder?
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "address": address = try value.decode(); addressDecoder = value
            case "asdefault": asDefault = try value.decode()
            case "transport": transport = try value.decode()
            case "forwardedheaders": forwardedHeaders = try value.decode()
            case "http": http = try value.decode()
            case "reuseport", "allowacmebypass", "proxyprotocol", "http2", "http3", "udp", "observability":
                value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
        guard let addressDecoder, !address.isEmpty else {
            throw decoder.error("address is required")
        }
        do {
            parsedAddress = try EntryPointAddress(parsing: address)
        } catch let error as EntryPointAddress.ParseError {
            throw addressDecoder.error(error.description)
        }
    }
}

/// `entryPoints.<name>.transport`.
public struct EntryPointTransport: Sendable, Equatable, ConfigDecodable {
    public var respondingTimeouts = RespondingTimeouts()
    public var lifeCycle = LifeCycle()
    /// 0 = unlimited.
    public var keepAliveMaxRequests = 0
    public var keepAliveMaxTime = GoDuration.zero

    public init() {}

    public static var configTypeName: String { "*static.EntryPointsTransport" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "respondingtimeouts": respondingTimeouts = try value.decode()
            case "lifecycle": lifeCycle = try value.decode()
            case "keepalivemaxrequests": keepAliveMaxRequests = try value.decode()
            case "keepalivemaxtime": keepAliveMaxTime = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// `transport.respondingTimeouts`: how long a client may take (0 = no limit).
public struct RespondingTimeouts: Sendable, Equatable, ConfigDecodable {
    public var readTimeout = GoDuration.seconds(60)
    public var writeTimeout = GoDuration.zero
    public var idleTimeout = GoDuration.seconds(180)

    public init() {}

    public static var configTypeName: String { "*static.RespondingTimeouts" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "readtimeout": readTimeout = try value.decode()
            case "writetimeout": writeTimeout = try value.decode()
            case "idletimeout": idleTimeout = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// `transport.lifeCycle`: behaviour at shutdown.
public struct LifeCycle: Sendable, Equatable, ConfigDecodable {
    public var requestAcceptGraceTimeout = GoDuration.zero
    public var graceTimeOut = GoDuration.seconds(10)

    public init() {}

    public static var configTypeName: String { "*static.LifeCycle" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "requestacceptgracetimeout": requestAcceptGraceTimeout = try value.decode()
            case "gracetimeout": graceTimeOut = try value.decode()
            default: return false
            }
            return true
        }
    }
}

/// `entryPoints.<name>.forwardedHeaders`: whose incoming `X-Forwarded-*` headers are kept.
public struct ForwardedHeadersConfiguration: Sendable, Equatable, ConfigDecodable {
    public var insecure = false
    public var trustedIPs: [String] = []
    public var connection: [String] = []
    public var notAppendXForwardedFor = false

    public init() {}

    public static var configTypeName: String { "*static.ForwardedHeaders" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "insecure": insecure = try value.decode()
            case "trustedips": trustedIPs = try value.decode()
            case "connection": connection = try value.decode()
            case "notappendxforwardedfor": notAppendXForwardedFor = try value.decode()
            default: return false
            }
            return true
        }
    }
}
