/// The v3 matchers a rule may call, with the argument counts each accepts.
public enum MatcherName: String, CaseIterable, Sendable {
    case clientIP = "ClientIP"
    case method = "Method"
    case host = "Host"
    case hostRegexp = "HostRegexp"
    case path = "Path"
    case pathPrefix = "PathPrefix"
    case pathRegexp = "PathRegexp"
    case header = "Header"
    case headerRegexp = "HeaderRegexp"
    case query = "Query"
    case queryRegexp = "QueryRegexp"

    /// Argument counts accepted, in the order Traefik prints them.
    var acceptedArgumentCounts: [Int] {
        switch self {
        case .header, .headerRegexp: return [2]
        case .query, .queryRegexp: return [1, 2]
        default: return [1]
        }
    }

    /// Traefik registers four spellings per matcher: canonical, lower, UPPER and Capitalised.
    /// Any other spelling (`pathPrefix`) is an unknown function.
    private static let spellings: [String: MatcherName] = {
        var table: [String: MatcherName] = [:]
        for matcher in MatcherName.allCases {
            let canonical = matcher.rawValue
            let lower = canonical.lowercased()
            table[canonical] = matcher
            table[lower] = matcher
            table[canonical.uppercased()] = matcher
            table[lower.prefix(1).uppercased() + lower.dropFirst()] = matcher
        }
        return table
    }()

    /// Resolves a name as written in a rule, or nil when it is not an accepted spelling.
    public init?(spelling: String) {
        guard let matcher = Self.spellings[spelling] else { return nil }
        self = matcher
    }
}
