/// `http.serversTransports.<name>`: how Causeway connects to upstream servers.
public struct ServersTransportConfiguration: Sendable, Equatable, ConfigDecodable {
    public var serverName = ""
    public var insecureSkipVerify = false
    /// Paths or inline PEM contents.
    public var rootCAs: [String] = []
    /// Client certificates (mTLS to upstreams).
    public var certificates: [CertificateConfiguration] = []
    public var cipherSuites: [String] = []
    public var minVersion = ""
    public var maxVersion = ""
    /// 0 = Go's default of 2; negative disables connection reuse.
    public var maxIdleConnsPerHost = 0
    public var disableHTTP2 = false
    public var peerCertURI = ""
    public var forwardingTimeouts = ForwardingTimeouts()
    /// Kept as written; not implemented.
    public var spiffe: ConfigNode?

    public init() {}

    public static var configTypeName: String { "*dynamic.ServersTransport" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "servername": serverName = try value.decode()
            case "insecureskipverify": insecureSkipVerify = try value.decode()
            case "rootcas": rootCAs = try value.decode()
            case "certificates": certificates = try value.decode()
            case "ciphersuites": cipherSuites = try value.decode()
            case "minversion": minVersion = try value.decode()
            case "maxversion": maxVersion = try value.decode()
            case "maxidleconnsperhost": maxIdleConnsPerHost = try value.decode()
            case "disablehttp2": disableHTTP2 = try value.decode()
            case "peercerturi": peerCertURI = try value.decode()
            case "forwardingtimeouts": forwardingTimeouts = try value.decode()
            case "spiffe": spiffe = try value.decode()
            default: return false
            }
            return true
        }
    }
}

public struct CertificateConfiguration: Sendable, Equatable, ConfigDecodable {
    /// Path or inline PEM.
    public var certFile = ""
    public var keyFile = ""

    public init() {}

    public static var configTypeName: String { "tls.Certificate" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "certfile": certFile = try value.decode()
            case "keyfile": keyFile = try value.decode()
            default: return false
            }
            return true
        }
    }
}
