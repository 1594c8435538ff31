/// Static `serversTransport`: the settings of the implicit `default@internal` transport used by
/// services that name none.
public struct StaticServersTransport: Sendable, Equatable, ConfigDecodable {
    public var insecureSkipVerify = false
    /// Paths or inline PEM contents.
    public var rootCAs: [String] = []
    public var maxIdleConnsPerHost = 200
    public var forwardingTimeouts = ForwardingTimeouts()

    public init() {}

    public static var configTypeName: String { "*static.ServersTransport" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "insecureskipverify": insecureSkipVerify = try value.decode()
            case "rootcas": rootCAs = try value.decode()
            case "maxidleconnsperhost": maxIdleConnsPerHost = try value.decode()
            case "forwardingtimeouts": forwardingTimeouts = try value.decode()
            case "spiffe": value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }
}
