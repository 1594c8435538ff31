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
    private let evaluators: ContiguousArray<RuleEvaluator>
    /// Path prefix a host-bucketed rule also requires, checked before its full rule.
    private let pathFilters: ContiguousArray<String?>
    private let exactHosts: [ByteKey: ContiguousArray<Int32>]
    private let wildcardHosts: [ByteKey: ContiguousArray<Int32>]
    private let pathPrefixes: [ByteKey: ContiguousArray<Int32>]
    /// Distinct byte lengths of the keys of `pathPrefixes`, ascending.
    private let pathPrefixLengths: [Int]
    private let unconstrained: ContiguousArray<Int32>
    /// Keeps the bytes the stored keys point to alive.
    private let keyStorage: ByteKeyStorage

    /// `rules` must already be in priority order; a rule's rank is its position.
    init(rules: [Rule]) {
        let keyStorage = ByteKeyStorage(capacity: rules.reduce(0) { total, rule in
            total + (rule.requirements.hosts ?? []).reduce(0) { $0 + $1.text.utf8.count }
                + (rule.requirements.pathPrefix?.utf8.count ?? 0)
        })
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
                    case .exact(let host): exactHosts[keyStorage.store(String(host)), default: []].append(rank)
                    case .wildcard(let suffix): wildcardHosts[keyStorage.store(String(suffix)), default: []].append(rank)
                    }
                }
            } else if let prefix = requirements.pathPrefix {
                pathPrefixes[keyStorage.store(prefix), default: []].append(rank)
            } else {
                unconstrained.append(rank)
            }
        }
        self.evaluators = ContiguousArray(rules.map(\.evaluator))
        self.pathFilters = pathFilters
        self.exactHosts = exactHosts
        self.wildcardHosts = wildcardHosts
        self.pathPrefixes = pathPrefixes
        self.pathPrefixLengths = Set(pathPrefixes.keys.map(\.bytes.count)).sorted()
        self.keyStorage = keyStorage
        self.unconstrained = unconstrained
    }

    /// Rank of the highest-priority matching rule, or nil.
    func firstMatch(_ request: RoutingRequest) -> Int? {
        var best = Int32.max
        ByteKey.withBytes(of: request.host) { host in
            // Host keys have their trailing dots stripped on both sides (see HostKey).
            var hostEnd = host.count
            while hostEnd > 0, host[hostEnd - 1] == UInt8(ascii: ".") { hostEnd -= 1 }
            let key = UnsafeRawBufferPointer(rebasing: host[..<hostEnd])
            if let bucket = exactHosts[ByteKey(key)] {
                scan(bucket, request, filtered: true, best: &best)
            }
            if !wildcardHosts.isEmpty, let dot = key.firstIndex(of: UInt8(ascii: ".")),
               let bucket = wildcardHosts[ByteKey(UnsafeRawBufferPointer(rebasing: key[(dot + 1)...]))] {
                scan(bucket, request, filtered: true, best: &best)
            }
        }
        if !pathPrefixLengths.isEmpty {
            ByteKey.withBytes(of: request.path) { path in
                for length in pathPrefixLengths {
                    guard length <= path.count else { break }
                    if let bucket = pathPrefixes[ByteKey(UnsafeRawBufferPointer(rebasing: path[..<length]))] {
                        scan(bucket, request, filtered: false, best: &best)
                    }
                }
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
            if evaluators[index].matches(request) {
                best = rank
                return
            }
        }
    }
}
