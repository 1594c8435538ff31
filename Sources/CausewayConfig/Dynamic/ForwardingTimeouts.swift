/// `forwardingTimeouts` of a servers transport (static default transport and
/// `http.serversTransports.<name>`): limits on the upstream side. 0 = no limit.
public struct ForwardingTimeouts: Sendable, Equatable, ConfigDecodable {
    public var dialTimeout = GoDuration.seconds(30)
    public var responseHeaderTimeout = GoDuration.zero
    public var idleConnTimeout = GoDuration.seconds(90)
    /// HTTP/2 health-check pings (kept for compatibility).
    public var readIdleTimeout = GoDuration.zero
    public var pingTimeout = GoDuration.seconds(15)

    public init() {}

    public static var configTypeName: String { "*dynamic.ForwardingTimeouts" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "dialtimeout": dialTimeout = try value.decode()
            case "responseheadertimeout": responseHeaderTimeout = try value.decode()
            case "idleconntimeout": idleConnTimeout = try value.decode()
            case "readidletimeout": readIdleTimeout = try value.decode()
            case "pingtimeout": pingTimeout = try value.decode()
            default: return false
            }
            return true
        }
    }
}
