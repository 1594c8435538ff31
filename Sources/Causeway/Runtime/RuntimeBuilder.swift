import CausewayConfig
import CausewayRouting
import NIOCore

/// A problem found while building the runtime: the element is left out (`disabled`) or runs
/// with part of its configuration ignored (`warning`). Everything else keeps serving.
public struct RuntimeIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable { case router, service, middleware, serversTransport = "servers transport" }
    public enum Severity: String, Sendable { case disabled, warning }

    public let kind: Kind
    /// Qualified name (`api@file`).
    public let name: String
    public let severity: Severity
    public let message: String

    public var description: String {
        "\(kind.rawValue) \"\(name)\" \(severity == .disabled ? "disabled" : "warning"): \(message)"
    }
}

/// Turns the providers' dynamic configurations into a `RuntimeSnapshot`. Runs off the request
/// path whenever a provider sends a new configuration; semantic errors disable the element
/// concerned (and the routers that depend on it), as Traefik does, instead of failing the build.
public struct RuntimeBuilder: Sendable {
    /// Every HTTP entry point name.
    public var entryPoints: [String]
    /// Entry points of routers that name none.
    public var defaultEntryPoints: [String]
    /// The implicit `default@internal` transport.
    public var defaultTransport: TransportSettings
    /// Instantiates `plugin` middlewares; without one they are reported disabled.
    public var handlerBuilder: (any HandlerMiddlewareBuilder)?

    public init(entryPoints: [String], defaultEntryPoints: [String], defaultTransport: TransportSettings = TransportSettings()) {
        self.entryPoints = entryPoints
        self.defaultEntryPoints = defaultEntryPoints
        self.defaultTransport = defaultTransport
    }

    public init(staticConfiguration: StaticConfiguration) {
        let transport = staticConfiguration.serversTransport
        self.init(
            entryPoints: staticConfiguration.entryPoints.filter { $0.value.parsedAddress.network == .tcp }.keys.sorted(),
            defaultEntryPoints: staticConfiguration.defaultEntryPointNames,
            defaultTransport: TransportSettings(
                name: "default@internal",
                dialTimeout: transport.forwardingTimeouts.dialTimeout.timeAmount,
                responseHeaderTimeout: transport.forwardingTimeouts.responseHeaderTimeout.optionalTimeAmount,
                idleConnTimeout: transport.forwardingTimeouts.idleConnTimeout.timeAmount,
                maxIdleConnsPerHost: Self.idleConnections(transport.maxIdleConnsPerHost)
            )
        )
    }

    /// Builds from each provider's configuration (keyed by provider name, e.g. `file`).
    public func build(_ providers: [String: DynamicConfiguration]) -> (snapshot: RuntimeSnapshot, issues: [RuntimeIssue]) {
        var merged = HTTPConfiguration()
        for provider in providers.keys.sorted() {
            let http = providers[provider]!.qualified(by: provider).http
            merged.routers.merge(http.routers) { first, _ in first }
            merged.services.merge(http.services) { first, _ in first }
            merged.middlewares.merge(http.middlewares) { first, _ in first }
            merged.serversTransports.merge(http.serversTransports) { first, _ in first }
        }
        var state = BuildState(configuration: merged, defaultTransport: defaultTransport, handlerBuilder: handlerBuilder)
        var entries: [String: [RouterDefinition<RouteTarget>]] = [:]
        for name in merged.routers.keys.sorted() {
            guard let built = state.router(named: name, entryPoints: entryPoints, defaults: defaultEntryPoints) else { continue }
            for entryPoint in built.entryPoints {
                entries[entryPoint, default: []].append(built.definition)
            }
        }
        // Middlewares no router uses are still built, so their errors are reported too.
        for name in merged.middlewares.keys.sorted() { _ = state.middlewareFactory.middlewares(named: name) }
        for failure in state.middlewareFactory.failures {
            state.issues.append(RuntimeIssue(kind: .middleware, name: failure.name, severity: .disabled, message: failure.message))
        }
        var tables: [String: RouterTable<RouteTarget>] = [:]
        for entryPoint in entryPoints {
            tables[entryPoint] = RouterTable(entries[entryPoint] ?? [])
        }
        return (RuntimeSnapshot(tables: tables), state.issues)
    }

    static func idleConnections(_ configured: Int) -> Int {
        // Traefik: 0 means Go's default of 2 per host, negative disables reuse.
        configured == 0 ? 2 : max(0, configured)
    }
}

/// The memo tables and issues of one build.
private struct BuildState {
    let configuration: HTTPConfiguration
    let defaultTransport: TransportSettings
    let handlerBuilder: (any HandlerMiddlewareBuilder)?
    var issues: [RuntimeIssue] = []
    var middlewareFactory: MiddlewareFactory
    private var services: [String: Result<HTTPService, BuildFailure>] = [:]
    private var transports: [String: Result<TransportSettings, BuildFailure>] = [:]
    private var servicesInProgress: Set<String> = []

    struct BuildFailure: Error { let message: String }

    init(configuration: HTTPConfiguration, defaultTransport: TransportSettings, handlerBuilder: (any HandlerMiddlewareBuilder)?) {
        self.configuration = configuration
        self.defaultTransport = defaultTransport
        self.handlerBuilder = handlerBuilder
        self.middlewareFactory = MiddlewareFactory(configurations: configuration.middlewares)
        self.middlewareFactory.pluginsAvailable = handlerBuilder != nil
    }

    mutating func router(
        named name: String, entryPoints known: [String], defaults: [String]
    ) -> (definition: RouterDefinition<RouteTarget>, entryPoints: [String])? {
        let router = configuration.routers[name]!
        func disable(_ message: String) -> (RouterDefinition<RouteTarget>, [String])? {
            issues.append(RuntimeIssue(kind: .router, name: name, severity: .disabled, message: message))
            return nil
        }
        if router.tls != nil {
            return disable("TLS routers are not supported yet (no TLS entry points)")
        }
        if router.ruleSyntax.lowercased() == "v2" {
            return disable("rule syntax v2 is not supported; write the rule in v3 syntax")
        }
        if !router.parentRefs.isEmpty {
            return disable("parentRefs (multi-layer routing) is not supported yet")
        }
        var entryPoints: [String] = []
        for entryPoint in router.entryPoints.isEmpty ? defaults : router.entryPoints {
            if known.contains(entryPoint) {
                entryPoints.append(entryPoint)
            } else {
                issues.append(RuntimeIssue(kind: .router, name: name, severity: .warning, message: "entryPoint \"\(entryPoint)\" doesn't exist"))
            }
        }
        if entryPoints.isEmpty { return disable("no valid entryPoint for this router") }
        if router.service.isEmpty { return disable("the router has no service") }
        var middlewares: [any RequestMiddleware] = []
        var handlers: [HandlerStage] = []
        for middlewareName in router.middlewares {
            switch middlewareFactory.middlewares(named: middlewareName) {
            case .success(let elements):
                for element in elements {
                    switch element {
                    case .inline(let middleware): middlewares.append(middleware)
                    case .plugin(let pluginName, let alias, let options):
                        guard let handlerBuilder else { return disable("plugins are not enabled") }
                        do {
                            let middleware = try handlerBuilder.makeMiddleware(name: pluginName, alias: alias, options: options, router: name)
                            handlers.append(HandlerStage(name: pluginName, position: middlewares.count, middleware: middleware))
                        } catch {
                            return disable("middleware \"\(pluginName)\": \(error.description)")
                        }
                    }
                }
            case .failure(let error): return disable(error.description)
            }
        }
        let service: HTTPService
        switch self.service(named: router.service) {
        case .success(let built): service = built
        case .failure(let failure): return disable(failure.message)
        }
        let rule: Rule
        do {
            rule = try Rule(router.rule)
        } catch {
            return disable(error.description)
        }
        let maxPriority = Int.max - 1000
        if router.priority > maxPriority {
            return disable("the router priority \(router.priority) exceeds the max user-defined priority \(maxPriority)")
        }
        let definition = RouterDefinition(
            name: name, rule: rule, priority: router.priority == 0 ? nil : router.priority,
            payload: RouteTarget(routerName: name, service: service, middlewares: middlewares, handlers: handlers)
        )
        return (definition, entryPoints)
    }

    mutating func service(named name: String) -> Result<HTTPService, BuildFailure> {
        if let memo = services[name] { return memo }
        if name == HTTPService.noop.name { return .success(HTTPService.noop) }
        guard let config = configuration.services[name] else {
            return .failure(BuildFailure(message: "the service \"\(name)\" does not exist"))
        }
        if servicesInProgress.contains(name) {
            return .failure(BuildFailure(message: "recursion detected in service \"\(name)\""))
        }
        servicesInProgress.insert(name)
        let result = buildService(name: name, config: config)
        servicesInProgress.remove(name)
        services[name] = result
        if case .failure(let failure) = result {
            issues.append(RuntimeIssue(kind: .service, name: name, severity: .disabled, message: failure.message))
        }
        return result
    }

    private mutating func buildService(name: String, config: ServiceConfiguration) -> Result<HTTPService, BuildFailure> {
        if let typeError = config.typeError(name: name) {
            return .failure(BuildFailure(message: typeError))
        }
        if !config.middlewares.isEmpty {
            return .failure(BuildFailure(message: "service middlewares are not supported yet"))
        }
        if let loadBalancer = config.loadBalancer {
            if loadBalancer.strategy.lowercased() != "wrr" {
                issues.append(RuntimeIssue(
                    kind: .service, name: name, severity: .warning,
                    message: "load-balancer strategy \"\(loadBalancer.strategy)\" is not supported yet, using wrr"
                ))
            }
            let transport: TransportSettings
            switch self.transport(named: loadBalancer.serversTransport) {
            case .success(let settings): transport = settings
            case .failure(let failure): return .failure(failure)
            }
            var servers: [(element: UpstreamServer, weight: Int)] = []
            for (index, server) in loadBalancer.servers.enumerated() {
                do {
                    let upstream = try UpstreamServer(url: server.url, weight: server.weight, preservePath: server.preservePath)
                    servers.append((upstream, upstream.weight))
                } catch {
                    return .failure(BuildFailure(message: "servers[\(index)]: \(error)"))
                }
            }
            return .success(HTTPService(
                name: name,
                kind: .loadBalancer(WeightedRoundRobin(servers), passHostHeader: loadBalancer.passHostHeader, transport: transport)
            ))
        }
        if let weighted = config.weighted {
            var children: [(element: HTTPService, weight: Int)] = []
            for child in weighted.services {
                switch service(named: child.name) {
                case .success(let built): children.append((built, child.weight))
                case .failure(let failure):
                    return .failure(BuildFailure(message: "child service \"\(child.name)\": \(failure.message)"))
                }
            }
            return .success(HTTPService(name: name, kind: .weighted(WeightedRoundRobin(children))))
        }
        return .failure(BuildFailure(message: "service type \(config.mirroring != nil ? "mirroring" : config.failover != nil ? "failover" : "highestRandomWeight") is not supported yet"))
    }

    private mutating func transport(named name: String) -> Result<TransportSettings, BuildFailure> {
        if name.isEmpty || name == "default@internal" { return .success(defaultTransport) }
        if let memo = transports[name] { return memo }
        guard let config = configuration.serversTransports[name] else {
            return .failure(BuildFailure(message: "servers transport \"\(name)\" does not exist"))
        }
        let timeouts = config.forwardingTimeouts
        let result = Result<TransportSettings, BuildFailure>.success(TransportSettings(
            name: name,
            dialTimeout: timeouts.dialTimeout.timeAmount,
            responseHeaderTimeout: timeouts.responseHeaderTimeout.optionalTimeAmount,
            idleConnTimeout: timeouts.idleConnTimeout.timeAmount,
            maxIdleConnsPerHost: RuntimeBuilder.idleConnections(config.maxIdleConnsPerHost)
        ))
        transports[name] = result
        return result
    }
}

extension GoDuration {
    var timeAmount: TimeAmount { .nanoseconds(nanoseconds) }
    /// Zero means "no limit" in Traefik's forwarding timeouts.
    var optionalTimeAmount: TimeAmount? { nanoseconds > 0 ? .nanoseconds(nanoseconds) : nil }
}
