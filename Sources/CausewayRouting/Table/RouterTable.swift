/// The routers of one entry point, ordered by priority and indexed (see `RouterIndex`) so that
/// a lookup costs about the same with 10,000 routers as with 10.
///
/// Order: priority descending; equal priorities by name (byte-wise ascending), then by position
/// in the input. (Traefik leaves ties unspecified; a fixed order keeps reloads reproducible.)
public struct RouterTable<Payload> {
    public struct Route {
        public let name: String
        public let rule: Rule
        public let priority: Int
        public let payload: Payload
    }

    /// All routes, highest priority first.
    public let routes: [Route]
    private let index: RouterIndex

    public init(_ definitions: [RouterDefinition<Payload>]) {
        let order = definitions.indices.sorted { lhs, rhs in
            let (a, b) = (definitions[lhs], definitions[rhs])
            if a.effectivePriority != b.effectivePriority { return a.effectivePriority > b.effectivePriority }
            if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            return lhs < rhs
        }
        routes = order.map { position in
            let definition = definitions[position]
            return Route(name: definition.name, rule: definition.rule,
                         priority: definition.effectivePriority, payload: definition.payload)
        }
        index = RouterIndex(rules: routes.map(\.rule))
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

    /// Position in `routes` of the highest-priority route whose rule matches, or nil (404).
    public func firstMatchIndex(_ request: RoutingRequest) -> Int? {
        index.firstMatch(request)
    }

    /// The highest-priority route whose rule matches, or nil (the gateway answers 404).
    public func firstMatch(_ request: RoutingRequest) -> Route? {
        index.firstMatch(request).map { routes[$0] }
    }

    /// Reference behaviour: test every rule in priority order. For tests and diagnostics.
    public func firstMatchByLinearScan(_ request: RoutingRequest) -> Route? {
        routes.first { $0.rule.matches(request) }
    }
}

extension RouterTable: Sendable where Payload: Sendable {}
extension RouterTable.Route: Sendable where Payload: Sendable {}
