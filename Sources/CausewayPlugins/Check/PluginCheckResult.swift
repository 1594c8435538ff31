import CausewayConfig

/// What checking a plugin's Go code found.
public struct PluginCheckResult: Sendable {
    /// `file:line:col: message` (or a plain message when there is no position), in source order.
    public var errors: [String] = []
    /// The package clause name of the plugin package.
    public var packageName: String?
    /// Go spelling of the type `CreateConfig` returns (`*headertemplate.Config`).
    public var configTypeName: String?
    /// The decodable description of that type, when every part of it can take options.
    public var configType: ConfigType?

    public var succeeded: Bool { errors.isEmpty }
}
