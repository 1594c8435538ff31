/// The routers of one entry point, ordered by priority and indexed so that a lookup costs about
/// the same with 10,000 routers as with 10.
///
/// Order: priority descending; equal priorities by name (byte-wise ascending), then by position
/// in the input. (Traefik leaves ties unspecified; a fixed order keeps reloads reproducible.)
///
/// Index: every route lands in exactly one bucket, chosen from its rule's requirements —
/// an exact-host bucket or a wildcard-suffix bucket per required host, else a path-prefix bucket,
/// else the unconstrained list. Buckets hold ranks (positions in `routes`) in ascending order.
/// A lookup scans the few buckets that can apply and keeps the lowest-ranked full match, which
/// is exactly what a linear scan in priority order would return.
public struct RouterTable<Payload> {
    public struct Route {
        public let name: String
        public let rule: Rule
        public let priority: Int
        public let payload: Payload
    }

    /// All routes, highest priority first.
    public let routes: [Route]

    private let exactHosts: [Substring: [Int32]]
    private let wildcardHosts: [Substring: [Int32]]
    private let pathPrefixes: [Substring: [Int32]]
    /// Distinct byte lengths of the keys of `pathPrefixes`.
    private let pathPrefixLengths: [Int]
    private let unconstrained: [Int32]
    /// Path prefix a host-bucketed route also requires, checked before its full rule.
    private let pathFilters: [String?]

    public init(_ definitions: [RouterDefinition<Payload>]) {
        let order = definitions.indices.sorted { lhs, rhs in
            let (a, b) = (definitions[lhs], definitions[rhs])
            if a.effectivePriority != b.effectivePriority { return a.effectivePriority > b.effectivePriority }
            if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return lhs < rhs
        }
        var routes: [Route] = []
        var exactHosts: [Substring: [Int32]] = [:]
        var wildcardHosts: [Substring: [Int32]] = [:]
        var pathPrefixes: [Substring: [Int32]] = [:]
        var unconstrained: [Int32] = []
        var pathFilters: [String?] = []
        for index in order {
            let definition = definitions[index]
            let rank = Int32(routes.count)
            routes.append(Route(
                name: definition.name, rule: definition.rule,
                priority: definition.effectivePriority, payload: definition.payload))
            let requirements = definition.rule.requirements
            pathFilters.append(requirements.hosts == nil ? nil : requirements.pathPrefix)
            if let hosts = requirements.hosts {
                // A route listed under several keys may be found twice; that only costs a re-test.
                for key in Set(hosts) {
                    switch key {
                    case .exact(let host): exactHosts[host, default: []].append(rank)
                    case .wildcard(let suffix): wildcardHosts[suffix, default: []].append(rank)
                    }
                }
            } else if let prefix = requirements.pathPrefix {
                pathPrefixes[prefix[...], default: []].append(rank)
            } else {
                unconstrained.append(rank)
            }
        }
        self.routes = routes
        self.exactHosts = exactHosts
        self.wildcardHosts = wildcardHosts
        self.pathPrefixes = pathPrefixes
        self.pathPrefixLengths = Set(pathPrefixes.keys.map(\.utf8.count)).sorted()
        self.unconstrained = unconstrained
        self.pathFilters = pathFilters
    }

    /// Compiles each rule; routers whose rule fails are left out and reported (Traefik disables
    /// them and shows the error on the router).
    public static func compile(
        _ entries: [(name: String, rule: String, priority: Int?, payload: Payload)]
    ) -> (table: RouterTable, failures: [(name: String, error: RuleError)]) {
        var definitions: [RouterDefinition<Payload>] = []
        var failures: [(name: String, error: RuleError)] = []
        for entry in entries {
            do {
                let rule = try Rule(entry.rule)
                definitions.append(RouterDefinition(name: entry.name, rule: rule, priority: entry.priority, payload: entry.payload))
            } catch {
                failures.append((entry.name, error))
            }
        }
        return (RouterTable(definitions), failures)
    }

    /// The highest-priority route whose rule matches, or nil (the gateway answers 404).
    public func firstMatch<Headers: RoutingHeaderFields>(_ request: RoutingRequest<Headers>) -> Route? {
        firstMatchRank(request).map { routes[$0] }
    }

    /// Reference behaviour: test every rule in priority order. For tests and diagnostics.
    public func firstMatchByLinearScan<Headers: RoutingHeaderFields>(_ request: RoutingRequest<Headers>) -> Route? {
        routes.first { $0.rule.matches(request) }
    }

    func firstMatchRank<Headers: RoutingHeaderFields>(_ request: RoutingRequest<Headers>) -> Int? {
        var best = Int32.max
        let hostKey = HostKey.strippingTrailingDots(request.host[...])
        if let bucket = exactHosts[hostKey] {
            scan(bucket, request, filtered: true, best: &best)
        }
        if !wildcardHosts.isEmpty, let dot = hostKey.utf8.firstIndex(of: UInt8(ascii: ".")) {
            if let bucket = wildcardHosts[hostKey[hostKey.utf8.index(after: dot)...]] {
                scan(bucket, request, filtered: true, best: &best)
            }
        }
        if !pathPrefixLengths.isEmpty {
            let path = request.path.utf8
            for length in pathPrefixLengths {
                guard length <= path.count else { break }
                let end = path.index(path.startIndex, offsetBy: length)
                // A key is valid UTF-8, so it can only equal a prefix cut on a scalar boundary.
                guard end == path.endIndex || path[end] & 0xC0 != 0x80 else { continue }
                if let bucket = pathPrefixes[request.path[..<end]] {
                    scan(bucket, request, filtered: false, best: &best)
                }
            }
        }
        scan(unconstrained, request, filtered: false, best: &best)
        return best == Int32.max ? nil : Int(best)
    }

    /// Tests the bucket's routes in rank order, stopping at the first match or at `best`.
    @inline(__always)
    private func scan<Headers: RoutingHeaderFields>(
        _ bucket: [Int32], _ request: RoutingRequest<Headers>, filtered: Bool, best: inout Int32
    ) {
        for rank in bucket {
            guard rank < best else { return }
            let index = Int(rank)
            if filtered, let prefix = pathFilters[index], !request.path.utf8.starts(with: prefix.utf8) { continue }
            if routes[index].rule.matches(request) {
                best = rank
                return
            }
        }
    }
}

extension RouterTable: Sendable where Payload: Sendable {}
extension RouterTable.Route: Sendable where Payload: Sendable {}
