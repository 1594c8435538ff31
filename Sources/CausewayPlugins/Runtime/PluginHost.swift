import Causeway
import CausewayConfig
import Foundation
import GoInterpreter
import Logging

/// Instantiates plugin middlewares for the engine: loads each declared plugin once (on first
/// use), calls its `New` per router per configuration, and cancels the contexts of instances
/// whose configuration was replaced. With dev mode, a plugin whose sources changed is loaded
/// afresh on the next configuration build.
public final class PluginHost: HandlerMiddlewareBuilder, @unchecked Sendable {
    public let catalog: LocalPluginCatalog
    private let displayBase: String
    private let logger: Logger
    private let budget: GoCallBudget
    private let lock = NSLock()
    private var runtimes: [String: (runtime: PluginRuntime, stamp: SourceStamp)] = [:]
    private var building: [PluginMiddleware] = []
    private var serving: [PluginMiddleware] = []

    /// Per-request budget: steps and wall-clock seconds a plugin's ServeHTTP may run (time
    /// waiting in `next` excluded).
    public static let defaultBudget = GoCallBudget(maxSteps: 200_000_000, timeout: 2)

    public init(catalog: LocalPluginCatalog, workingDirectory: String, logger: Logger, budget: GoCallBudget = PluginHost.defaultBudget) {
        self.catalog = catalog
        self.displayBase = workingDirectory
        self.logger = logger
        self.budget = budget
    }

    public func makeMiddleware(
        name: String, alias: String, options: [String: PluginOptionValue], router: String
    ) throws(MiddlewareBuildError) -> any HandlerMiddleware {
        guard let plugin = catalog.plugins[alias] else {
            if let reason = catalog.disabledReason { throw MiddlewareBuildError("plugins are disabled: \(reason)") }
            throw MiddlewareBuildError("unknown plugin type: \(alias)")
        }
        let runtime = try runtime(for: plugin)
        let middleware = try runtime.instantiate(name: name, options: options, router: router)
        lock.withLock { building.append(middleware) }
        return middleware
    }

    public func configurationApplied() {
        let replaced: [PluginMiddleware] = lock.withLock {
            let old = serving
            serving = building
            building = []
            return old
        }
        for middleware in replaced { middleware.release() }
    }

    private func runtime(for plugin: ResolvedPlugin) throws(MiddlewareBuildError) -> PluginRuntime {
        let existing = lock.withLock { runtimes[plugin.alias] }
        if let existing, !catalog.developmentMode { return existing.runtime }
        let stamp = SourceStamp(directory: plugin.moduleDirectory)
        if let existing, existing.stamp == stamp { return existing.runtime }
        let reloading = existing != nil
        let runtime = try PluginRuntime(plugin: plugin, displayBase: displayBase, budget: budget, logger: logger)
        lock.withLock { runtimes[plugin.alias] = (runtime, stamp) }
        if reloading { logger.info("plugin sources changed: reloaded", metadata: ["plugin": "\(plugin.alias)"]) }
        return runtime
    }

    /// Dev mode (Traefik's `experimental.devPlugin`): plugin sources are watched and a changed
    /// plugin is loaded afresh, without restarting the gateway.
    public var watchesSources: Bool { catalog.developmentMode }

    /// Whether any loaded plugin's sources changed since it was loaded (dev-mode polling).
    public func sourcesChanged() -> Bool {
        guard catalog.developmentMode else { return false }
        let loaded = lock.withLock { runtimes }
        return loaded.contains { SourceStamp(directory: $0.value.runtime.plugin.moduleDirectory) != $0.value.stamp }
    }
}

/// The names, sizes and modification times of a plugin's `.go` files.
struct SourceStamp: Equatable {
    var files: [String: [Double]] = [:]

    init(directory: String) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return }
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(".go") || path.hasSuffix("go.mod") else { continue }
            guard let attributes = try? manager.attributesOfItem(atPath: directory + "/" + path) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
            files[path] = [modified, size]
        }
    }
}
