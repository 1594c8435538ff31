/// `log`: the gateway's own log (not the access log).
public struct LogConfiguration: Sendable, Equatable, ConfigDecodable {
    /// TRACE, DEBUG, INFO, WARN, ERROR, FATAL or PANIC (kept as written; compare case-insensitively).
    public var level = "ERROR"
    /// `common` or `json`.
    public var format = "common"
    /// Empty = standard output.
    public var filePath = ""
    public var noColor = false

    public init() {}

    public static var allowsEmptySection: Bool { true }
    public static var configTypeName: String { "*types.TraefikLog" }

    public init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            switch key {
            case "level": level = try value.decode()
            case "format": format = try value.decode()
            case "filepath": filePath = try value.decode()
            case "nocolor": noColor = try value.decode()
            case "maxsize", "maxage", "maxbackups", "compress": value.ignoreUnimplemented()
            default: return false
            }
            return true
        }
    }
}
