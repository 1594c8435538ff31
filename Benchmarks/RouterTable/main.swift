// Micro-benchmark of RouterTable lookups with 10 / 1,000 / 10,000 routers.
// Build and run: swift build -c release --product RouterTableBenchmark && .build/release/RouterTableBenchmark
import CausewayRouting
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deterministic generator so every run measures the same requests.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mostly host-based routers, plus a fixed handful of regexp, wildcard and host-less
/// path-prefix routers (the kinds the index cannot narrow by exact host).
func makeEntries(count: Int) -> [(name: String, rule: String, priority: Int?, payload: Int)] {
    let special = min(10, count / 10)
    var entries: [(name: String, rule: String, priority: Int?, payload: Int)] = []
    for index in 0..<special {
        entries.append(("regexp\(index)", #"HostRegexp(`^re\#(index)-[a-z]+\.example\.net$`)"#, nil, entries.count))
        entries.append(("wildcard\(index)", "Host(`*.tenant\(index).example.org`)", nil, entries.count))
        entries.append(("static\(index)", "PathPrefix(`/static\(index)/`)", nil, entries.count))
    }
    var service = 0
    while entries.count < count {
        entries.append(("svc\(service)", "Host(`svc\(service).example.com`) && PathPrefix(`/api`)", nil, entries.count))
        service += 1
    }
    return entries
}

func makeRequests(routerCount: Int, services: Int, random: inout SplitMix64) -> [RoutingRequest] {
    let special = min(10, routerCount / 10)
    return (0..<1024).map { _ -> RoutingRequest in
        let pick = random.next() % 20
        let host: String
        let target: String
        switch pick {
        case 0 where special > 0:
            host = "re\(random.next() % UInt64(special))-abc.example.net"; target = "/"
        case 1 where special > 0:
            host = "x.tenant\(random.next() % UInt64(special)).example.org"; target = "/"
        case 2 where special > 0:
            host = "unknown.example.com"; target = "/static\(random.next() % UInt64(special))/app.js"
        case 3:
            host = "nomatch.example.com"; target = "/api/x"  // a miss: 404
        default:
            host = "svc\(random.next() % UInt64(max(services, 1))).example.com"; target = "/api/users/42"
        }
        let (path, query) = RoutingPath.split(requestTarget: target[...])
        return RoutingRequest(
            method: "GET", host: CanonicalHost.make(fromHostHeader: host),
            path: try! RoutingPath.make(fromEscapedPath: path), rawQuery: query,
            headers: HeaderFieldList([(name: "Accept", value: "*/*")]), clientIP: IPAddress("10.0.0.1"))
    }
}

/// CPU time of this thread in nanoseconds: the machine is shared, so wall-clock time would
/// also count the time other processes hold the core.
func threadCPUTimeNanoseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1e9 + Double(spec.tv_nsec)
}

/// Nanoseconds per lookup over `iterations` lookups cycling through `requests`.
func measure(iterations: Int, requests: [RoutingRequest], _ lookup: (RoutingRequest) -> Int?) -> (Double, Int) {
    var checksum = 0
    let start = threadCPUTimeNanoseconds()
    for iteration in 0..<iterations {
        checksum &+= lookup(requests[iteration & 1023]) ?? -1
    }
    return ((threadCPUTimeNanoseconds() - start) / Double(iterations), checksum)
}

var random = SplitMix64(seed: 42)
print("routers  indexed ns/lookup  linear-scan ns/lookup  [thread CPU time]  (1024 distinct requests: ~80% host hits, 5% each regexp/wildcard/path-prefix/miss)")
for count in [10, 1_000, 10_000] {
    let entries = makeEntries(count: count)
    let services = entries.filter { $0.name.hasPrefix("svc") }.count
    let (table, failures) = RouterTable<Int>.compile(entries)
    precondition(failures.isEmpty, "\(failures)")
    let requests = makeRequests(routerCount: count, services: services, random: &random)
    // Warm up, and check the index agrees with the reference scan on every request.
    for request in requests {
        precondition(table.firstMatch(request)?.payload == table.firstMatchByLinearScan(request)?.payload)
    }
    let (indexed, indexedSum) = measure(iterations: 2_000_000, requests: requests) { table.firstMatchIndex($0) }
    // `--indexed-only` skips the slow reference scan (handy under a profiler).
    let linearIterations = CommandLine.arguments.contains("--indexed-only") ? 1 : max(2_000, 20_000_000 / count)
    let (linear, linearSum) = measure(iterations: linearIterations, requests: requests) { table.firstMatchByLinearScan($0)?.payload }
    // Per request kind, to see where the time goes.
    for (label, hostPrefix) in [("host hits", "svc"), ("regexp", "re"), ("wildcard", "x.tenant"), ("path-prefix", "unknown"), ("misses", "nomatch")] {
        let subset = requests.filter { $0.host.hasPrefix(hostPrefix) }
        guard !subset.isEmpty else { continue }
        let cycled = (0..<1024).map { subset[$0 % subset.count] }
        let (nanoseconds, _) = measure(iterations: 200_000, requests: cycled) { table.firstMatchIndex($0) }
        print("         \(label): \(Int(nanoseconds.rounded())) ns")
    }
    let indexedText = String(Int(indexed.rounded()))
    let linearText = String(Int(linear.rounded()))
    print("\(String(repeating: " ", count: max(0, 7 - String(count).count)))\(count)  \(String(repeating: " ", count: max(0, 17 - indexedText.count)))\(indexedText)  \(String(repeating: " ", count: max(0, 21 - linearText.count)))\(linearText)   [checksums \(indexedSum) \(linearSum)]")
}
