import CausewayConfig
import Foundation
import Logging

/// The plugins declared in static configuration, resolved to their sources and validated once
/// at startup with Traefik's failure policy: any error disables every plugin (logged), unless
/// `abortOnPluginFailure` makes startup fail.
public struct LocalPluginCatalog: Sendable, Equatable {
    /// Alias → plugin; empty when no plugin is declared or plugins were disabled.
    public let plugins: [String: ResolvedPlugin]
    /// Why plugins are disabled (every startup error, joined), nil when they are not.
    public let disabledReason: String?
    /// `experimental.devPlugin` is declared: plugin sources are watched and reloaded.
    public var developmentMode = false

    public init(plugins: [String: ResolvedPlugin], disabledReason: String?, developmentMode: Bool = false) {
        self.plugins = plugins
        self.disabledReason = disabledReason
        self.developmentMode = developmentMode
    }

    /// Local plugins live under this directory of the working directory (not configurable).
    public static let localGopath = "plugins-local"
    /// Alias of Traefik 2.3's single development plugin.
    public static let devPluginAlias = "dev"

    /// Resolves and validates the declared plugins; with `checkingCode`, also compiles each
    /// plugin's package (Traefik imports it at startup, so code errors disable plugins too).
    /// Throws only with `abortOnPluginFailure`.
    public static func load(
        _ experimental: ExperimentalConfiguration?, workingDirectory: String, checkingCode: Bool = true, logger: Logger
    ) throws(PluginStartupError) -> LocalPluginCatalog {
        guard let experimental else { return LocalPluginCatalog(plugins: [:], disabledReason: nil) }
        var (plugins, errors) = resolve(experimental, workingDirectory: workingDirectory)
        if checkingCode && errors.isEmpty {
            let checker = PluginChecker(displayBase: workingDirectory)
            for alias in plugins.keys.sorted() {
                let plugin = plugins[alias]!
                let result = checker.check(plugin)
                if result.succeeded {
                    plugins[alias]?.configType = result.configType
                } else {
                    errors.append("\(alias): failed to import plugin code \"\(plugin.importPath)\": " + result.errors.joined(separator: "\n"))
                }
            }
        }
        if errors.isEmpty { return LocalPluginCatalog(plugins: plugins, disabledReason: nil, developmentMode: experimental.devPlugin != nil) }
        let reason = errors.joined(separator: "\n")
        if experimental.abortOnPluginFailure {
            throw PluginStartupError(message: "plugin: failed to create plugin builder: \(reason)")
        }
        logger.error("Plugins are disabled because an error has occurred.", metadata: ["error": "\(reason)"])
        return LocalPluginCatalog(plugins: [:], disabledReason: reason)
    }

    /// Every declared plugin that validates, and every error (Traefik's order: alias clashes,
    /// remote plugins, then each local plugin by alias).
    public static func resolve(
        _ experimental: ExperimentalConfiguration, workingDirectory: String
    ) -> (plugins: [String: ResolvedPlugin], errors: [String]) {
        var errors: [String] = []
        var declarations: [(alias: String, moduleName: String, gopath: String, displayGopath: String, settings: PluginSettings?)] = []
        let localRoot = workingDirectory + "/" + localGopath
        for alias in experimental.localPlugins.keys.sorted() {
            let local = experimental.localPlugins[alias]!
            declarations.append((alias, local.moduleName, localRoot, localGopath, local.settings))
        }
        if let dev = experimental.devPlugin {
            let root = dev.goPath.hasPrefix("/") ? dev.goPath : workingDirectory + "/" + dev.goPath
            if experimental.localPlugins[devPluginAlias] != nil {
                errors.append("the plugin's name \"\(devPluginAlias)\" must be unique")
            } else {
                declarations.append((devPluginAlias, dev.moduleName, root, dev.goPath, nil))
            }
        }
        for alias in experimental.plugins.keys.sorted() where experimental.localPlugins[alias] != nil {
            errors.append("the plugin's name \"\(alias)\" must be unique")
        }
        for alias in experimental.plugins.keys.sorted() {
            let module = experimental.plugins[alias]!.moduleName
            errors.append("\(alias): remote plugins (experimental.plugins) are not supported: Causeway runs local plugins only; put the source of \(module.isEmpty ? "the plugin" : module) under \(localGopath)/src/<moduleName>/ and declare it in experimental.localPlugins")
        }
        var plugins: [String: ResolvedPlugin] = [:]
        var seenModules: Set<String> = []
        for declaration in declarations {
            let module = declaration.moduleName
            if module.isEmpty {
                errors.append("\(declaration.alias): plugin name is missing")
                continue
            }
            if module.hasPrefix("/") || module.hasSuffix("/") {
                errors.append("\(declaration.alias): plugin name should not start or end with a /")
                continue
            }
            if !seenModules.insert(module).inserted {
                errors.append("only one version of a plugin is allowed, there is a duplicate of \(module)")
                continue
            }
            let directory = declaration.gopath + "/src/" + module
            let display = declaration.displayGopath + "/src/" + module + "/" + PluginManifest.fileName
            let manifest: PluginManifest
            do {
                manifest = try PluginManifest.load(moduleDirectory: directory, displayPath: display)
            } catch {
                errors.append(error.description)
                continue
            }
            let problems = manifest.validate(moduleName: module, file: display)
            if !problems.isEmpty {
                errors += problems.map(\.description)
                continue
            }
            if manifest.useUnsafe && !(declaration.settings?.useUnsafe ?? false) {
                errors.append("\(declaration.alias): this plugin uses restricted imports. If you want to use it, you need to allow useUnsafe in the settings")
                continue
            }
            plugins[declaration.alias] = ResolvedPlugin(
                alias: declaration.alias, moduleName: module, gopathRoot: declaration.gopath,
                moduleDirectory: directory, manifest: manifest, settings: declaration.settings)
        }
        return (plugins, errors)
    }
}

/// Startup must stop: a plugin failed and `abortOnPluginFailure` is set.
public struct PluginStartupError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
