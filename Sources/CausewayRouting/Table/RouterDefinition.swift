/// One router as the table receives it: a compiled rule plus what the gateway attaches.
public struct RouterDefinition<Payload> {
    public let name: String
    public let rule: Rule
    /// Explicit priority; nil or 0 means "use the rule length" (Traefik's default).
    public let priority: Int?
    public let payload: Payload

    public init(name: String, rule: Rule, priority: Int? = nil, payload: Payload) {
        self.name = name
        self.rule = rule
        self.priority = priority
        self.payload = payload
    }

    public var effectivePriority: Int {
        guard let priority, priority != 0 else { return rule.defaultPriority }
        return priority
    }
}

extension RouterDefinition: Sendable where Payload: Sendable {}
