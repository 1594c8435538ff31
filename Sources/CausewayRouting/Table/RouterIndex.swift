/// The lookup structure behind `RouterTable`, kept free of the payload type so the hot path
/// is ordinary non-generic code.
///
/// Every rule lands in exactly one bucket, chosen from its requirements: an exact-host bucket
/// or a wildcard-suffix bucket per required host, else a path-prefix bucket, else the
/// unconstrained list. Buckets hold ranks (positions in priority order) ascending. A lookup
/// scans the few buckets that can apply and keeps the lowest-ranked full match — exactly what
/// a linear scan in priority order returns, since every rule that could match is in a scanned
/// bucket and each bucket is scanned in rank order.
struct RouterIndex: Sendable {
    private let roots: ContiguousArray<RuleNode>
    /// Path prefix a host-bucketed rule also requires, checked before its full rule.
    private let pathFilters: ContiguousArray<String?>
    private let exactHosts: [ByteKey: ContiguousArray<Int32>]
    private let wildcardHosts: [ByteKey: ContiguousArray<Int32>]
    private let pathPrefixes: [ByteKey: ContiguousArray<Int32>]
    /// Distinct byte lengths of the keys of `pathPrefixes`, ascending.
    private let pathPrefixLengths: [Int]
    private let unconstrained: ContiguousArray<Int32>

    /// `rules` must already be in priority order; a rule's rank is its position.
    init(rules: [Rule]) {
        var exactHosts: [ByteKey: ContiguousArray<Int32>] = [:]
        var wildcardHosts: [ByteKey: ContiguousArray<Int32>] = [:]
        var pathPrefixes: [ByteKey: ContiguousArray<Int32>] = [:]
        var unconstrained: ContiguousArray<Int32> = []
        var pathFilters: ContiguousArray<String?> = []
        for (position, rule) in rules.enumerated() {
            let rank = Int32(position)
            let requirements = rule.requirements
            pathFilters.append(requirements.hosts == nil ? nil : requirements.pathPrefix)
            if let hosts = requirements.hosts {
                // A rule listed under several keys may be found twice; that only costs a re-test.
                for key in Set(hosts) {
                    switch key {
                    case .exact(let host): exactHosts[ByteKey(String(host)), default: []].append(rank)
                    case .wildcard(let suffix): wildcardHosts[ByteKey(String(suffix)), default: []].append(rank)
                    }
                }
            } else if let prefix = requirements.pathPrefix {
                pathPrefixes[ByteKey(prefix), default: []].append(rank)
            } else {
                unconstrained.append(rank)
            }
        }
        self.roots = ContiguousArray(rules.map(\.root))
        self.pathFilters = pathFilters
        self.exactHosts = exactHosts
        self.wildcardHosts = wildcardHosts
        self.pathPrefixes = pathPrefixes
        self.pathPrefixLengths = Set(pathPrefixes.keys.map(\.count)).sorted()
        self.unconstrained = unconstrained
    }

    /// Rank of the highest-priority matching rule, or nil.
    func firstMatch(_ request: RoutingRequest) -> Int? {
        var best = Int32.max
        // Host keys have their trailing dots stripped on both sides (see HostKey).
        let host = request.host.utf8
        var hostEnd = host.count
        while hostEnd > 0, host[host.index(host.startIndex, offsetBy: hostEnd - 1)] == UInt8(ascii: ".") { hostEnd -= 1 }
        if let bucket = exactHosts[ByteKey(request.host, end: hostEnd)] {
            scan(bucket, request, filtered: true, best: &best)
        }
        if !wildcardHosts.isEmpty, let dot = host.firstIndex(of: UInt8(ascii: ".")) {
            let suffixStart = host.distance(from: host.startIndex, to: dot) + 1
            if suffixStart < hostEnd, let bucket = wildcardHosts[ByteKey(request.host, start: suffixStart, end: hostEnd)] {
                scan(bucket, request, filtered: true, best: &best)
            }
        }
        let pathLength = request.path.utf8.count
        for length in pathPrefixLengths {
            guard length <= pathLength else { break }
            if let bucket = pathPrefixes[ByteKey(request.path, end: length)] {
                scan(bucket, request, filtered: false, best: &best)
            }
        }
        scan(unconstrained, request, filtered: false, best: &best)
        return best == Int32.max ? nil : Int(best)
    }

    /// Tests the bucket's rules in rank order, stopping at the first match or at `best`.
    @inline(__always)
    private func scan(_ bucket: ContiguousArray<Int32>, _ request: RoutingRequest, filtered: Bool, best: inout Int32) {
        for rank in bucket {
            guard rank < best else { return }
            let index = Int(rank)
            if filtered, let prefix = pathFilters[index], !UTF8Bytes.hasPrefix(request.path, prefix) { continue }
            if roots[index].matches(request) {
                best = rank
                return
            }
        }
    }
}
