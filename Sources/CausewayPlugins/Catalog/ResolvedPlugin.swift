import CausewayConfig

/// One declared plugin whose manifest is valid: everything the gateway needs to load its code.
public struct ResolvedPlugin: Sendable, Equatable {
    /// Name used under `plugin:` in dynamic configuration.
    public let alias: String
    public let moduleName: String
    /// GOPATH-style root the interpreter loads from (`<root>/src/<import path>`).
    public let gopathRoot: String
    /// `<gopathRoot>/src/<moduleName>`: where the manifest lives.
    public let moduleDirectory: String
    public let manifest: PluginManifest
    public let settings: PluginSettings?
    /// Decodable description of `CreateConfig`'s result, once the code has been checked.
    public var configType: ConfigType?

    public init(alias: String, moduleName: String, gopathRoot: String, moduleDirectory: String,
                manifest: PluginManifest, settings: PluginSettings?, configType: ConfigType? = nil) {
        self.alias = alias
        self.moduleName = moduleName
        self.gopathRoot = gopathRoot
        self.moduleDirectory = moduleDirectory
        self.manifest = manifest
        self.settings = settings
        self.configType = configType
    }

    /// Import path of the package that exports `New` and `CreateConfig`.
    public var importPath: String { manifest.importPath }
    /// `<gopathRoot>/src/<import path>`: the package's own source directory.
    public var packageDirectory: String { gopathRoot + "/src/" + manifest.importPath }
}
