import Causeway
import CausewayConfig
import Foundation
import GoInterpreter
import Logging

/// One loaded plugin (one per alias, as Traefik keeps one Yaegi interpreter per plugin): its
/// compiled program, shared by every middleware instance, so package-level variables are shared
/// too. Its goroutines run on the program's own scheduler thread.
final class PluginRuntime: @unchecked Sendable {
    let plugin: ResolvedPlugin
    let program: GoProgram
    let packages: PluginPackages
    let table: TypeTable
    private let createConfig: GoValue
    private let newFunction: GoValue
    private let configType: GoType
    let budget: GoCallBudget
    let logger: Logger

    /// How long host-side set-up calls (CreateConfig, New) may take.
    static let setupTimeout = 10.0

    init(plugin: ResolvedPlugin, displayBase: String, budget: GoCallBudget, logger: Logger) throws(MiddlewareBuildError) {
        self.plugin = plugin
        self.budget = budget
        var logger = logger
        logger[metadataKey: "plugin"] = "\(plugin.alias)"
        self.logger = logger
        var environment: [String: String] = [:]
        let process = ProcessInfo.processInfo.environment
        for name in plugin.settings?.envs ?? [] { environment[name] = process[name] }
        let pluginLogger = logger
        var options = GoInterpreterOptions(gopath: [plugin.gopathRoot], args: [plugin.alias], environment: environment)
        options.outputHandler = { text in
            for line in text.split(separator: "\n") { pluginLogger.info("\(line)") }
        }
        options.errorHandler = { text in
            for line in text.split(separator: "\n") { pluginLogger.error("\(line)") }
        }
        let interpreter = GoInterpreter(options: options)
        table = interpreter.typeTable
        packages = PluginPackages(interpreter: interpreter, outbound: OutboundPolicy(allowedHosts: plugin.settings?.allowedHosts ?? []))
        let base = displayBase.hasSuffix("/") ? displayBase : displayBase + "/"
        let loader = PackageLoader(table: table, native: packages.importer, gopaths: [plugin.gopathRoot],
                                   displayName: { $0.hasPrefix(base) ? String($0.dropFirst(base.count)) : $0 })
        let loaded = loader.loadRoot(importPath: plugin.importPath)
        let errors = loader.allDiagnostics.filter { $0.severity == .error }.map { $0.formatted(in: loader.fileSet) }
        guard let loaded, errors.isEmpty else {
            throw MiddlewareBuildError("failed to import plugin code \"\(plugin.importPath)\": " + (errors.isEmpty ? "package not found" : errors.joined(separator: "\n")))
        }
        guard let create = loaded.result.package.scope.lookupLocal("CreateConfig"),
              let result = create.type.signature?.results.first else {
            throw MiddlewareBuildError("failed to eval CreateConfig: \(plugin.importPath) has no func CreateConfig() *Config")
        }
        configType = result
        do {
            program = try interpreter.load(loader: loader, packagePath: plugin.importPath)
        } catch {
            throw MiddlewareBuildError("plugin \(plugin.alias): initialization failed: \(error.messages.joined(separator: "\n"))")
        }
        if !program.unimplementedFunctions.isEmpty {
            logger.warning("plugin uses functions Causeway does not implement yet; calling them panics", metadata: [
                "functions": "\(program.unimplementedFunctions.joined(separator: ", "))",
            ])
        }
        guard let createConfig = program.function("CreateConfig"), let newFunction = program.function("New") else {
            throw MiddlewareBuildError("plugin \(plugin.alias): CreateConfig or New is missing")
        }
        self.createConfig = createConfig
        self.newFunction = newFunction
        if let background = program.nativeFunction("context", "Background"),
           let context = try? call(background, [], timeout: Self.setupTimeout).first {
            packages.runtime.background = context
        }
    }

    /// Calls `function` on the program's scheduler and waits (only for set-up, never per request).
    func call(_ function: GoValue, _ args: [GoValue], timeout: Double) throws(MiddlewareBuildError) -> [GoValue] {
        let semaphore = DispatchSemaphore(value: 0)
        let outcome = OutcomeBox()
        program.callAsync(function: function, args, budget: GoCallBudget(maxSteps: budget.maxSteps, timeout: timeout)) { result in
            outcome.set(result)
            semaphore.signal()
        }
        guard semaphore.wait(timeout: .now() + timeout + 1) == .success, let result = outcome.get() else {
            throw MiddlewareBuildError("timed out after \(Int(timeout)) s")
        }
        switch result {
        case .success(let values): return values
        case .failure(let error): throw MiddlewareBuildError(PluginRuntime.describe(error))
        }
    }

    /// `CreateConfig()`, the options decoded into it, `New(ctx, next, config, name)`.
    func instantiate(name: String, options: [String: PluginOptionValue], router: String) throws(MiddlewareBuildError) -> PluginMiddleware {
        let config: GoValue
        do {
            guard let created = try call(createConfig, [], timeout: Self.setupTimeout).first else { throw MiddlewareBuildError("CreateConfig returned nothing") }
            var storage = GoConfigStorage(value: created, type: configType, table: table)
            do {
                try PluginOptionDecoder().decode(options, into: &storage)
            } catch {
                throw MiddlewareBuildError("\(error)")
            }
            config = storage.value
        }
        var context = packages.runtime.background
        var cancel: GoValue?
        if let withCancel = program.nativeFunction("context", "WithCancel"),
           let pair = try? call(withCancel, [context], timeout: Self.setupTimeout), pair.count == 2 {
            context = pair[0]
            cancel = pair[1]
        }
        let next = GoValue.interface(.structure([.string(name)]), type: packages.http.types.nextPointer)
        let results = try call(newFunction, [context, next, config, .string(name)], timeout: Self.setupTimeout)
        if results.count == 2, !results[1].isNil {
            let message = (program.method(results[1], "Error")).flatMap { try? call($0, [], timeout: Self.setupTimeout).first?.stringValue } ?? "error"
            throw MiddlewareBuildError("plugin \(plugin.alias): New returned an error: \(message)")
        }
        guard let handler = results.first, !handler.isNil, let serveHTTP = program.method(handler, "ServeHTTP") else {
            throw MiddlewareBuildError("plugin \(plugin.alias): New returned a nil handler")
        }
        let middleware = PluginMiddleware(runtime: self, name: name, router: router, serveHTTP: serveHTTP, cancel: cancel)
        middleware.decodedConfig = GoConfigStorage.read(config, type: configType)
        return middleware
    }

    static func describe(_ error: GoRunError) -> String {
        switch error {
        case .panic(let message): return "panic: " + message
        case .deadlock: return "all goroutines are asleep - deadlock!"
        case .stepBudgetExceeded: return "step budget exceeded"
        case .deadlineExceeded: return "time budget exceeded"
        case .memoryLimitExceeded: return "memory limit exceeded"
        default: return "\(error)"
        }
    }
}

/// Hands a result from the scheduler thread to the waiting builder thread.
private final class OutcomeBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<[GoValue], GoRunError>?
    func set(_ result: Result<[GoValue], GoRunError>) { lock.withLock { value = result } }
    func get() -> Result<[GoValue], GoRunError>? { lock.withLock { value } }
}
