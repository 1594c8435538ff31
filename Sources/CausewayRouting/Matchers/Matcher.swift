/// One compiled matcher: every argument is validated, normalised and compiled once, so
/// matching only compares bytes or runs a regexp.
enum Matcher: Sendable {
    case host(HostPattern)
    /// `alwaysTrue` records that the regexp matches the empty string: Traefik also tests the
    /// (empty when CNAME flattening is off) flattened host, so such a regexp matches every request.
    case hostRegexp(RuleRegexp, alwaysTrue: Bool)
    case path(String)
    case pathPrefix(String)
    case pathRegexp(RuleRegexp)
    case method(String)
    case header(name: String, value: String)
    case headerRegexp(name: String, RuleRegexp)
    case query(key: String, value: String)
    case queryRegexp(key: String, RuleRegexp)
    case clientIP(ClientIPChecker)

    func matches(_ request: RoutingRequest) -> Bool {
        switch self {
        case .host(let pattern):
            return pattern.matches(request.host)
        case .hostRegexp(let regexp, let alwaysTrue):
            return alwaysTrue || regexp.matches(request.host)
        case .path(let path):
            return UTF8Bytes.equal(request.path, path)
        case .pathPrefix(let prefix):
            return UTF8Bytes.hasPrefix(request.path, prefix)
        case .pathRegexp(let regexp):
            return regexp.matches(request.path)
        case .method(let method):
            return UTF8Bytes.equal(request.method, method)
        case .header(let name, let value):
            return request.headers.containsValue(ofField: name) { UTF8Bytes.equal($0, value) }
        case .headerRegexp(let name, let regexp):
            return request.headers.containsValue(ofField: name) { regexp.matches($0) }
        case .query(let key, let value):
            return QueryString.containsValue(in: request.rawQuery, forKey: key) { UTF8Bytes.equal($0, value) }
        case .queryRegexp(let key, let regexp):
            return QueryString.containsValue(in: request.rawQuery, forKey: key) { regexp.matches($0) }
        case .clientIP(let checker):
            guard let address = request.clientIP else { return false }
            return checker.contains(address)
        }
    }
}
