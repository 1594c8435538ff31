/// Provider-qualified names (`name@provider`). Every element a provider defines is stored under
/// `<name>@<provider>`; a reference without `@` means "in the referencing element's provider",
/// a reference with `@` is used verbatim (`service: api@internal`).
public enum QualifiedName {
    public static let separator: Character = "@"

    /// `name@provider`.
    public static func qualify(_ name: String, provider: String) -> String {
        "\(name)\(separator)\(provider)"
    }

    /// Resolves a reference made by an element of `provider`.
    public static func resolve(_ reference: String, in provider: String) -> String {
        reference.contains(separator) ? reference : qualify(reference, provider: provider)
    }

    /// Splits at the last `@`; `provider` is nil for an unqualified name.
    public static func split(_ name: String) -> (name: String, provider: String?) {
        guard let at = name.lastIndex(of: separator) else { return (name, nil) }
        return (String(name[..<at]), String(name[name.index(after: at)...]))
    }
}

extension DynamicConfiguration {
    /// The configuration with every HTTP element renamed `<name>@<provider>` and every reference
    /// without `@` resolved in `provider`. References inside raw middleware options
    /// (`chain.middlewares`, `errors.service`) are left to the middleware builder, which resolves
    /// them with `QualifiedName.resolve`. TLS option `default` is global and never qualified.
    public func qualified(by provider: String) -> DynamicConfiguration {
        func resolve(_ reference: String) -> String {
            reference.isEmpty ? reference : QualifiedName.resolve(reference, in: provider)
        }
        func qualifyKeys<T>(_ map: [String: T], _ transform: (T) -> T) -> [String: T] {
            Dictionary(uniqueKeysWithValues: map.map { (QualifiedName.qualify($0.key, provider: provider), transform($0.value)) })
        }
        func qualifyWeighted(_ weighted: WeightedServiceConfiguration?) -> WeightedServiceConfiguration? {
            guard var weighted else { return nil }
            weighted.services = weighted.services.map { WeightedServiceReference(name: resolve($0.name), weight: $0.weight) }
            return weighted
        }

        var result = self
        result.http.routers = qualifyKeys(http.routers) { router in
            var router = router
            router.service = resolve(router.service)
            router.middlewares = router.middlewares.map(resolve)
            router.parentRefs = router.parentRefs.map(resolve)
            if var tls = router.tls, !tls.options.isEmpty, tls.options != "default" {
                tls.options = resolve(tls.options)
                router.tls = tls
            }
            return router
        }
        result.http.services = qualifyKeys(http.services) { service in
            var service = service
            service.middlewares = service.middlewares.map(resolve)
            if var loadBalancer = service.loadBalancer {
                loadBalancer.serversTransport = resolve(loadBalancer.serversTransport)
                service.loadBalancer = loadBalancer
            }
            service.weighted = qualifyWeighted(service.weighted)
            service.highestRandomWeight = qualifyWeighted(service.highestRandomWeight)
            if var mirroring = service.mirroring {
                mirroring.service = resolve(mirroring.service)
                mirroring.mirrors = mirroring.mirrors.map { var mirror = $0; mirror.name = resolve(mirror.name); return mirror }
                service.mirroring = mirroring
            }
            if var failover = service.failover {
                failover.service = resolve(failover.service)
                failover.fallback = resolve(failover.fallback)
                service.failover = failover
            }
            return service
        }
        result.http.middlewares = qualifyKeys(http.middlewares) { $0 }
        result.http.serversTransports = qualifyKeys(http.serversTransports) { $0 }
        return result
    }
}
