/// Necessary conditions extracted from a rule for the router index: if a request matches the
/// rule, it satisfies these. They may be looser than the rule (the full rule is always tested
/// afterwards) but never stricter.
struct RuleRequirements: Sendable {
    /// The request host must fit one of these keys; nil when the rule does not require a host.
    let hosts: [HostKey]?
    /// The routing path must start with this; nil when no useful prefix is required.
    let pathPrefix: String?

    init(hosts: [HostKey]?, pathPrefix: String?) {
        self.hosts = hosts
        self.pathPrefix = pathPrefix
    }

    init(of node: RuleNode) {
        switch node {
        case .matcher(let matcher):
            self = Self.requirements(of: matcher)
        case .not:
            // A negated matcher requires nothing positive.
            self.init(hosts: nil, pathPrefix: nil)
        case .and(let left, let right):
            // Both sides must hold, so either side's requirement is sound; keep the tighter.
            let (l, r) = (RuleRequirements(of: left), RuleRequirements(of: right))
            let hosts: [HostKey]?
            switch (l.hosts, r.hosts) {
            case (nil, let only), (let only, nil): hosts = only
            case (let a?, let b?): hosts = a.count <= b.count ? a : b
            }
            let prefix: String?
            switch (l.pathPrefix, r.pathPrefix) {
            case (nil, let only), (let only, nil): prefix = only
            case (let a?, let b?): prefix = a.utf8.count >= b.utf8.count ? a : b
            }
            self.init(hosts: hosts, pathPrefix: prefix)
        case .or(let left, let right):
            // Either side may hold: only requirements common to both survive.
            let (l, r) = (RuleRequirements(of: left), RuleRequirements(of: right))
            var hosts: [HostKey]?
            if let a = l.hosts, let b = r.hosts { hosts = a + b }
            var prefix: String?
            if let a = l.pathPrefix, let b = r.pathPrefix { prefix = Self.usefulPrefix(Self.commonPrefix(a, b)) }
            self.init(hosts: hosts, pathPrefix: prefix)
        }
    }

    private static func requirements(of matcher: Matcher) -> RuleRequirements {
        switch matcher {
        case .host(.exact(let host)):
            return RuleRequirements(hosts: [.exact(HostKey.strippingTrailingDots(host[...]))], pathPrefix: nil)
        case .host(.wildcard(let suffix)):
            // suffix is ".example.com"; a suffix that is empty once dots are stripped gives no key.
            let key = HostKey.strippingTrailingDots(suffix.dropFirst())
            return RuleRequirements(hosts: key.isEmpty ? nil : [.wildcard(key)], pathPrefix: nil)
        case .path(let path), .pathPrefix(let path):
            return RuleRequirements(hosts: nil, pathPrefix: usefulPrefix(path))
        default:
            return RuleRequirements(hosts: nil, pathPrefix: nil)
        }
    }

    /// "/" alone (or less) selects nothing, so it is not worth indexing.
    private static func usefulPrefix(_ prefix: String) -> String? {
        prefix.utf8.count > 1 ? prefix : nil
    }

    private static func commonPrefix(_ a: String, _ b: String) -> String {
        let bytes = Array(a.utf8)
        var length = 0
        for (x, y) in zip(bytes, b.utf8) {
            guard x == y else { break }
            length += 1
        }
        // Back up to a scalar boundary (the next byte is not a continuation byte).
        while length < bytes.count, length > 0, bytes[length] & 0xC0 == 0x80 { length -= 1 }
        return String(decoding: bytes[..<length], as: UTF8.self)
    }
}

/// A host index key; trailing dots are stripped on both the rule and the request side, so a
/// host that Traefik's tolerant comparison accepts always lands on the same key.
enum HostKey: Hashable, Sendable {
    /// The whole host.
    case exact(Substring)
    /// The host minus its first label (`*.example.com` → `example.com`).
    case wildcard(Substring)

    var text: Substring {
        switch self {
        case .exact(let text), .wildcard(let text): return text
        }
    }

    static func strippingTrailingDots(_ host: Substring) -> Substring {
        var host = host
        while host.utf8.last == UInt8(ascii: ".") { host = host.dropLast() }
        return host
    }
}
