/// The form of a compiled rule that runs per request: one small object per tree node.
///
/// Why classes rather than the `RuleNode`/`Matcher` enums: switching over an enum copies its
/// payload (retaining every string in it) on each evaluation, while a final class reads its
/// `let` properties in place. This keeps the hot path free of reference counting.
///
/// `@unchecked Sendable`: the base class has no state and every subclass holds only immutable
/// (`let`) Sendable values.
class RuleEvaluator: @unchecked Sendable {
    func matches(_ request: RoutingRequest) -> Bool { false }

    static func make(_ node: RuleNode) -> RuleEvaluator {
        switch node {
        case .and(let left, let right): return AndEvaluator(make(left), make(right))
        case .or(let left, let right): return OrEvaluator(make(left), make(right))
        case .not(let inner): return NotEvaluator(make(inner))
        case .matcher(let matcher):
            switch matcher {
            case .host(.any): return AnyHostEvaluator()
            case .host(.exact(let host)): return ExactHostEvaluator(host)
            case .host(.wildcard(let suffix)): return WildcardHostEvaluator(suffix)
            case .path(let path): return PathEvaluator(path)
            case .pathPrefix(let prefix): return PathPrefixEvaluator(prefix)
            case .method(let method): return MethodEvaluator(method)
            default: return MatcherEvaluator(matcher)
            }
        }
    }
}

private final class AndEvaluator: RuleEvaluator {
    let left: RuleEvaluator, right: RuleEvaluator
    init(_ left: RuleEvaluator, _ right: RuleEvaluator) { (self.left, self.right) = (left, right) }
    override func matches(_ request: RoutingRequest) -> Bool { left.matches(request) && right.matches(request) }
}

private final class OrEvaluator: RuleEvaluator {
    let left: RuleEvaluator, right: RuleEvaluator
    init(_ left: RuleEvaluator, _ right: RuleEvaluator) { (self.left, self.right) = (left, right) }
    override func matches(_ request: RoutingRequest) -> Bool { left.matches(request) || right.matches(request) }
}

private final class NotEvaluator: RuleEvaluator {
    let inner: RuleEvaluator
    init(_ inner: RuleEvaluator) { self.inner = inner }
    override func matches(_ request: RoutingRequest) -> Bool { !inner.matches(request) }
}

/// The most common matchers get dedicated nodes; the rest go through `Matcher.matches`.
private final class AnyHostEvaluator: RuleEvaluator {
    override func matches(_ request: RoutingRequest) -> Bool { true }
}

private final class ExactHostEvaluator: RuleEvaluator {
    let host: String
    init(_ host: String) { self.host = host }
    override func matches(_ request: RoutingRequest) -> Bool { HostPattern.exactMatch(request.host, host) }
}

private final class WildcardHostEvaluator: RuleEvaluator {
    let suffix: String
    init(_ suffix: String) { self.suffix = suffix }
    override func matches(_ request: RoutingRequest) -> Bool { HostPattern.wildcardMatch(request.host, suffix: suffix) }
}

private final class PathEvaluator: RuleEvaluator {
    let path: String
    init(_ path: String) { self.path = path }
    override func matches(_ request: RoutingRequest) -> Bool { UTF8Bytes.equal(request.path, path) }
}

private final class PathPrefixEvaluator: RuleEvaluator {
    let prefix: String
    init(_ prefix: String) { self.prefix = prefix }
    override func matches(_ request: RoutingRequest) -> Bool { UTF8Bytes.hasPrefix(request.path, prefix) }
}

private final class MethodEvaluator: RuleEvaluator {
    let method: String
    init(_ method: String) { self.method = method }
    override func matches(_ request: RoutingRequest) -> Bool { UTF8Bytes.equal(request.method, method) }
}

private final class MatcherEvaluator: RuleEvaluator {
    let matcher: Matcher
    init(_ matcher: Matcher) { self.matcher = matcher }
    override func matches(_ request: RoutingRequest) -> Bool { matcher.matches(request) }
}
