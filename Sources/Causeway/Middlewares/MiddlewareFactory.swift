import CausewayConfig

/// One element of an expanded middleware chain: a built-in middleware, built once, or a
/// plugin, instantiated per router by the `HandlerMiddlewareBuilder`.
enum ChainElement {
    case inline(any RequestMiddleware)
    case plugin(name: String, alias: String, options: [String: PluginOptionValue])
}

/// Builds the built-in middlewares of one configuration, by qualified name, expanding `chain`s.
/// Results are memoised so a middleware used by many routers is built once.
struct MiddlewareFactory {
    let configurations: [String: MiddlewareConfiguration]
    /// Whether `plugin` middlewares can be instantiated (a plugin host is present).
    var pluginsAvailable = false
    private var built: [String: Result<[ChainElement], MiddlewareBuildError>] = [:]
    /// Failures to report, by qualified middleware name (each once).
    private(set) var failures: [(name: String, message: String)] = []

    init(configurations: [String: MiddlewareConfiguration]) {
        self.configurations = configurations
    }

    /// The middlewares `name` stands for (a chain stands for several), or why it cannot be used.
    mutating func middlewares(named name: String) -> Result<[ChainElement], MiddlewareBuildError> {
        resolve(name, path: [])
    }

    private mutating func resolve(_ name: String, path: [String]) -> Result<[ChainElement], MiddlewareBuildError> {
        if let memo = built[name] { return memo }
        if path.contains(name) {
            let cycle = (path + [name]).joined(separator: "->")
            return .failure(MiddlewareBuildError("could not instantiate middleware \(name): recursion detected in \(cycle)"))
        }
        guard let config = configurations[name] else {
            return .failure(MiddlewareBuildError("middleware \"\(name)\" does not exist"))
        }
        let result: Result<[ChainElement], MiddlewareBuildError>
        if let typeError = config.typeError(name: name) {
            result = .failure(MiddlewareBuildError(typeError))
        } else if config.type == "chain" {
            result = chain(name: name, config: config, path: path + [name])
        } else if config.type == "plugin" {
            if !pluginsAvailable {
                result = .failure(MiddlewareBuildError("plugins are not enabled: declare the plugin under experimental.localPlugins in the static configuration"))
            } else if let plugin = config.plugin {
                result = .success([.plugin(name: name, alias: plugin.alias, options: plugin.options)])
            } else {
                result = .failure(MiddlewareBuildError("a plugin middleware must name exactly one plugin (plugin.<alias>: {options})"))
            }
        } else {
            do {
                result = .success([.inline(try Self.make(config))])
            } catch let error as MiddlewareBuildError {
                result = .failure(error)
            } catch {
                result = .failure(MiddlewareBuildError("\(error)"))
            }
        }
        built[name] = result
        if case .failure(let error) = result { failures.append((name, error.description)) }
        return result
    }

    private mutating func chain(
        name: String, config: MiddlewareConfiguration, path: [String]
    ) -> Result<[ChainElement], MiddlewareBuildError> {
        let options: ChainOptions
        do {
            options = try config.decodeOptions(as: ChainOptions.self)
        } catch {
            return .failure(MiddlewareBuildError("\(error)"))
        }
        let provider = QualifiedName.split(name).provider ?? "file"
        var all: [ChainElement] = []
        for reference in options.middlewares {
            switch resolve(QualifiedName.resolve(reference, in: provider), path: path) {
            case .success(let middlewares): all += middlewares
            case .failure(let error): return .failure(error)
            }
        }
        return .success(all)
    }

    static func make(_ config: MiddlewareConfiguration) throws -> any RequestMiddleware {
        switch config.type {
        case "addPrefix": return try AddPrefix(config.decodeOptions(as: AddPrefix.Options.self))
        case "stripPrefix": return StripPrefix(try config.decodeOptions(as: StripPrefix.Options.self))
        case "replacePath": return ReplacePath(try config.decodeOptions(as: ReplacePath.Options.self))
        case "redirectScheme": return try RedirectScheme(config.decodeOptions(as: RedirectScheme.Options.self))
        case "headers": return try Headers(config.decodeOptions(as: Headers.Options.self))
        case "ipAllowList", "ipWhiteList": return try IPAllowList(config.decodeOptions(as: IPAllowList.Options.self))
        case let other:
            throw MiddlewareBuildError("middleware type \(other ?? "unknown") is not supported yet")
        }
    }
}

/// `chain`: a named list of middlewares.
struct ChainOptions: ConfigDecodable {
    var middlewares: [String] = []
    static var configTypeName: String { "*dynamic.Chain" }
    init(from decoder: ConfigDecoder) throws {
        try decoder.decodeSection(of: Self.self) { key, value in
            guard key == "middlewares" else { return false }
            middlewares = try value.decode()
            return true
        }
    }
}
