/// The compiled matcher tree of a rule.
indirect enum RuleNode: Sendable {
    case matcher(Matcher)
    case and(RuleNode, RuleNode)
    case or(RuleNode, RuleNode)
    case not(RuleNode)

    func matches(_ request: RoutingRequest) -> Bool {
        switch self {
        case .matcher(let matcher): return matcher.matches(request)
        case .and(let left, let right): return left.matches(request) && right.matches(request)
        case .or(let left, let right): return left.matches(request) || right.matches(request)
        case .not(let inner): return !inner.matches(request)
        }
    }
}
