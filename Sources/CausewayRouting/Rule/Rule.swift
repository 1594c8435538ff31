/// A v3 router rule, parsed and compiled once; matching a request walks the matcher tree.
public struct Rule: Sendable {
    /// The rule exactly as written.
    public let source: String
    let root: RuleNode
    /// The per-request form of `root`.
    let evaluator: RuleEvaluator
    /// What a request must satisfy for this rule to possibly match (used by the router index).
    let requirements: RuleRequirements

    /// Parses and compiles `source`; throws `RuleError` with Traefik's message and the column.
    public init(_ source: String) throws(RuleError) {
        self.source = source
        do {
            let expression = try RuleParser.parse(source)
            let root = try RuleCompiler.compile(expression)
            self.root = root
            self.evaluator = RuleEvaluator.make(root)
            self.requirements = RuleRequirements(of: root)
        } catch {
            throw RuleError(rule: source, column: error.column, message: error.message)
        }
    }

    public func matches(_ request: RoutingRequest) -> Bool {
        evaluator.matches(request)
    }

    /// Traefik's default priority: the rule's length in bytes, spaces included.
    public var defaultPriority: Int { source.utf8.count }
}
